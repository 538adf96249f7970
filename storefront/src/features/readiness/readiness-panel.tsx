import Link from "next/link";
import { nextStepPath, reachableMax, type Locale, type ReadinessAssessment, type ReadinessItem } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { formatNumber } from "@/lib/format";
import type { ReadinessView } from "@/lib/readiness/adapter";
import { readinessText } from "@/lib/readiness/messages";
import { RubricNote } from "@/components/readiness/rubric-note";
import "@/components/readiness/readiness.css";

type Loose = (key: string, options?: Record<string, unknown>) => string;

/**
 * The seller's export readiness: score and band on Canting's own rubric (not an official designation),
 * how many points Canting verified and how many are self-declared, a bar per area, the checklist (each
 * next step linking to where it is done), and the history.
 */
export function ReadinessPanel({ view, locale, t }: { view: ReadinessView; locale: Locale; t: Translate }) {
  const { assessment: a } = view;
  const tt = t as unknown as Loose;
  return (
    <section className="readiness" aria-labelledby="readiness-title">
      <header className={`readiness__head readiness__head--${a.band}`}>
        <div>
          <h1 id="readiness-title">{t("readiness:title")}</h1>
          <p>{t("readiness:intro")}</p>
        </div>
        <div className="readiness__score" data-testid="readiness-score">
          <strong>{a.score}</strong>
          <span>{t("readiness:score", { score: a.score })}</span>
          <span className="readiness__band" data-testid="readiness-band">{tt(`readiness:band.${a.band}`)}</span>
        </div>
      </header>
      <p className="readiness__meaning">{tt(`readiness:bandMeaning.${a.band}`)}</p>
      <RubricNote locale={locale} t={t} version={a.version} />
      <p className="readiness__meaning" data-testid="readiness-split">
        {t("readiness:panelSplit", { verified: formatNumber(a.verified_points, locale), declared: formatNumber(a.self_declared_points, locale) })}{" "}
        {t("readiness:reachable", { reachable: a.verifiable_max, max: a.max })}
      </p>
      {a.gates_failed.length > 0 && (
        <p className="readiness__gates" data-testid="readiness-gates">
          {t("readiness:gatesFailed", { items: a.gates_failed.map((id) => tt(`readiness:item.${id}`)).join(", ") })}
        </p>
      )}
      <AreaBars assessment={a} locale={locale} t={t} />
      <Checklist assessment={a} locale={locale} t={t} />
      <p className="readiness__rule">{t("readiness:halfPointsRule")}</p>
      <HistoryChart history={view.history} locale={locale} t={t} />
    </section>
  );
}

function AreaBars({ assessment, locale, t }: { assessment: ReadinessAssessment; locale: Locale; t: Translate }) {
  const tt = t as unknown as Loose;
  return (
    <ul className="readiness__areas" role="list">
      {assessment.areas.map(({ area, points, max }) => {
        const label = t("readiness:areaLabel", { area: tt(`readiness:area.${area}`), points: formatNumber(points, locale), max });
        return (
          <li key={area} data-testid={`readiness-area-${area}`}>
            <span>{label}</span>
            <span className="readiness__bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={points}>
              <span style={{ width: `${max ? Math.round((points / max) * 100) : 0}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Items with points still to gain first (gates before others, then most points to gain today), then the
 * ones earned as far as Canting can verify them today.
 */
export function orderChecklist(items: readonly ReadinessItem[]): ReadinessItem[] {
  const gain = (i: ReadinessItem) => reachableMax(i) - i.points;
  return [...items].sort((x, y) => {
    const xo = x.state === "full" || gain(x) <= 0 ? 1 : 0;
    const yo = y.state === "full" || gain(y) <= 0 ? 1 : 0;
    if (xo !== yo) return xo - yo;
    if (x.gate !== y.gate) return x.gate ? -1 : 1;
    return gain(y) - gain(x) || x.id.localeCompare(y.id);
  });
}

function Checklist({ assessment, locale, t }: { assessment: ReadinessAssessment; locale: Locale; t: Translate }) {
  const tt = t as unknown as Loose;
  return (
    <section aria-labelledby="readiness-checklist">
      <h2 id="readiness-checklist">{t("readiness:checklist")}</h2>
      <ol className="readiness__items">
        {orderChecklist(assessment.items).map((item) => (
          <li key={item.id} className={`readiness__item readiness__item--${item.state}`} data-testid={`readiness-item-${item.id}`}>
            <div className="readiness__item-head">
              <span className="readiness__item-title">{tt(`readiness:item.${item.id}`)}</span>
              {item.gate && <span className="pill pill--gate">{t("readiness:gate")}</span>}
              {item.points > 0 && <span className="pill" data-testid={`readiness-evidence-${item.id}`}>{t(evidenceKey(item))}</span>}
              {item.verifiable === 0 && <span className="pill pill--unverifiable" data-testid={`readiness-unverifiable-${item.id}`}>{t("readiness:notVerifiable")}</span>}
              <span className="readiness__points">{t("readiness:points", { points: formatNumber(item.points, locale), max: item.max })}</span>
            </div>
            {item.earned && <p className="readiness__earned">✓ {readinessText(t, item.earned)}</p>}
            {item.next && <NextStep item={item} message={item.next} locale={locale} t={t} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Whether an item's points rest on verified evidence, on the workshop's answers, or on both. */
const evidenceKey = (item: ReadinessItem) =>
  item.self_declared_points <= 0 ? "readiness:verified" : item.verified_points <= 0 ? "readiness:declared" : "readiness:partlyVerified";

/** A next step, linking to the portal page where it is done (none for waiting or answers Canting cannot verify yet). */
function NextStep({ item, message, locale, t }: { item: ReadinessItem; message: NonNullable<ReadinessItem["next"]>; locale: Locale; t: Translate }) {
  const path = nextStepPath(message.key);
  const text = readinessText(t, message);
  return (
    <p className="readiness__next" data-testid={`readiness-next-${item.id}`}>
      → {path ? <Link href={`/${locale}${path}`}>{text}</Link> : text}
    </p>
  );
}

/** A small line chart of the score over time, with the same data as a table for screen readers. */
export function HistoryChart({ history, locale, t }: { history: ReadinessView["history"]; locale: Locale; t: Translate }) {
  const dateFmt = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "short", year: "numeric" });
  if (history.length < 2) {
    return (
      <section aria-labelledby="readiness-history">
        <h2 id="readiness-history">{t("readiness:history")}</h2>
        <p className="readiness__empty">{t("readiness:historyEmpty")}</p>
      </section>
    );
  }
  const W = 320, H = 100, pad = 8;
  const x = (i: number) => pad + (i * (W - 2 * pad)) / (history.length - 1);
  const y = (score: number) => H - pad - (score / 100) * (H - 2 * pad);
  const points = history.map((h, i) => `${x(i).toFixed(1)},${y(h.score).toFixed(1)}`).join(" ");
  return (
    <section aria-labelledby="readiness-history">
      <h2 id="readiness-history">{t("readiness:history")}</h2>
      <svg className="readiness__chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="readiness-history" data-testid="readiness-chart">
        {[40, 70].map((band) => <line key={band} x1={pad} x2={W - pad} y1={y(band)} y2={y(band)} className="readiness__chart-band" />)}
        <polyline points={points} className="readiness__chart-line" />
        {history.map((h, i) => <circle key={h.at} cx={x(i)} cy={y(h.score)} r={3} className="readiness__chart-dot" />)}
      </svg>
      <table className="visually-hidden">
        <caption>{t("readiness:historyCaption")}</caption>
        <thead><tr><th scope="col">{t("readiness:historyDate")}</th><th scope="col">{t("readiness:historyScore")}</th></tr></thead>
        <tbody>{history.map((h) => <tr key={h.at}><td>{dateFmt.format(new Date(h.at))}</td><td>{h.score}</td></tr>)}</tbody>
      </table>
    </section>
  );
}
