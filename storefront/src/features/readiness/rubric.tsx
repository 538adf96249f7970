import {
  AREA_MAX, BAND_FLOOR, READINESS_AREAS, READINESS_BANDS, READINESS_MAX, READINESS_RULES, READINESS_RUBRIC_DATE, READINESS_RUBRIC_VERSION,
  READINESS_VERIFIABLE_MAX, RUBRIC_BASIS, RUBRIC_BASIS_SOURCES, RUBRIC_SOURCES, type Locale,
} from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import "@/components/readiness/readiness.css";

type Loose = (key: string, options?: Record<string, unknown>) => string;

const host = (url: string) => new URL(url).hostname.replace(/^www\./, "");

/** Links to where a statement comes from, named by their site. */
function Sources({ urls }: { urls: readonly string[] }) {
  return (
    <span className="rubric-sources">
      {urls.map((url, i) => (
        <span key={url}>{i > 0 && " · "}<a href={url} rel="external noopener noreferrer">{host(url)}</a></span>
      ))}
    </span>
  );
}

/**
 * The published rubric, generated from the same rules that score sellers, so the two cannot drift: what
 * it is (Canting's own, versioned and dated, not an official designation), what it is built on, which
 * items Canting cannot verify yet and so the highest score reachable today, and per item its source.
 */
export function Rubric({ locale, t }: { locale: Locale; t: Translate }) {
  const tt = t as unknown as Loose;
  const version = READINESS_RUBRIC_VERSION;
  const date = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
    .format(new Date(`${READINESS_RUBRIC_DATE}T00:00:00Z`));
  return (
    <article className="section readiness" aria-labelledby="rubric-title">
      <h1 id="rubric-title">{t("readiness:title")} — {t("readiness:rubricVersion", { version })}</h1>
      <p className="readiness__status" data-testid="rubric-status">{t("readiness:rubricPage.status", { version, date })}</p>
      <section aria-labelledby="rubric-basis-title">
        <h2 id="rubric-basis-title">{t("readiness:rubricPage.basisTitle")}</h2>
        <ul data-testid="rubric-basis">
          {RUBRIC_BASIS.map((b) => <li key={b}>{tt(`readiness:rubricPage.basis.${b}`)} <Sources urls={RUBRIC_BASIS_SOURCES[b]} /></li>)}
        </ul>
      </section>
      <ul>
        {READINESS_BANDS.map((b) => <li key={b}><strong>{tt(`readiness:band.${b}`)} ({BAND_FLOOR[b]}+)</strong>: {tt(`readiness:bandMeaning.${b}`)}</li>)}
      </ul>
      <section aria-labelledby="rubric-evidence-title">
        <h2 id="rubric-evidence-title">{t("readiness:rubricPage.evidenceTitle")}</h2>
        <p>{t("readiness:rubricPage.evidence")}</p>
        <p data-testid="rubric-reachable">{t("readiness:rubricPage.reachable", { reachable: READINESS_VERIFIABLE_MAX, max: READINESS_MAX })}</p>
      </section>
      {READINESS_AREAS.map((area) => (
        <section key={area} aria-labelledby={`rubric-${area}-title`}>
          <h2 id={`rubric-${area}-title`}>{tt(`readiness:area.${area}`)} ({AREA_MAX[area]})</h2>
          <table className="rubric-table" data-testid={`rubric-${area}`}>
            <tbody>
              {READINESS_RULES.filter((r) => r.area === area).map((r) => {
                const sources = RUBRIC_SOURCES[r.id];
                return (
                  <tr key={r.id} data-testid={`rubric-item-${r.id}`}>
                    <th scope="row">{r.id}</th>
                    <td>
                      {tt(`readiness:item.${r.id}`)}{r.gate ? ` — ${t("readiness:gate")}` : ""}
                      {r.verifiable === 0 && <> <span className="pill pill--unverifiable" data-testid="rubric-unverifiable">{t("readiness:notVerifiable")}</span></>}
                      {r.verifiable > 0 && r.verifiable < r.max && (
                        <> <span className="pill pill--unverifiable" data-testid="rubric-partly-verifiable">{t("readiness:rubricPage.partlyVerifiable", { verifiable: r.verifiable, max: r.max })}</span></>
                      )}
                      {sources && (
                        <p className="rubric-source" data-testid="rubric-source">
                          {t("readiness:rubricPage.sources")}: {tt(`readiness:rubricPage.source.${r.id}`)}. <Sources urls={sources} />
                        </p>
                      )}
                    </td>
                    <td>{r.max}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
