import type { Translate } from "@/lib/i18n/create";
import type { SellerTrust } from "@/lib/types";
import "./readiness.css";

type Loose = (key: string, options?: Record<string, unknown>) => string;

/** On a public seller profile: the export-readiness band with what it means, and verified training badges. */
export function SellerReadiness({ trust, t, makerName }: { trust: SellerTrust; t: Translate; makerName?: string }) {
  const tt = t as unknown as Loose;
  if (!trust.readiness && trust.badges.length === 0) return null;
  return (
    <section className="section readiness" aria-labelledby="seller-readiness-title" data-testid="seller-readiness">
      <h2 id="seller-readiness-title">{makerName ? t("readiness:publicTitleOf", { name: makerName }) : t("readiness:publicTitle")}</h2>
      {trust.readiness && (
        <div className={`readiness__head readiness__head--${trust.readiness.band}`}>
          <div>
            <p className="readiness__band" data-testid="seller-readiness-band">{tt(`readiness:band.${trust.readiness.band}`)}</p>
            <p>{t("readiness:publicScore", { score: trust.readiness.score, version: trust.readiness.version })}</p>
            <p className="readiness__meaning">{tt(`readiness:bandMeaning.${trust.readiness.band}`)} {t("readiness:publicExplain")}</p>
          </div>
        </div>
      )}
      {trust.badges.length > 0 && (
        <>
          <h3>{t("readiness:publicBadges")}</h3>
          <ul className="badges" role="list">
            {trust.badges.map((b, i) => (
              <li key={`${b.programName}-${i}`} className="badge-card" data-testid="seller-badge">
                <span className="badge-card__name">
                  {b.programName || (b.programKind ? tt(`vocab:trainingProgram.${b.programKind}`) : "")}{b.year ? ` · ${b.year}` : ""}
                </span>
                {b.organiser && <span>{b.organiser}</span>}
                {b.level && <span className="pill">{tt(`readiness:level.${b.level}`)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
