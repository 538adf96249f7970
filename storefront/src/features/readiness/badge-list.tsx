import type { Translate } from "@/lib/i18n/create";
import type { TrainingAward } from "@/lib/readiness/adapter";

type Loose = (key: string, options?: Record<string, unknown>) => string;

/** The seller's badges with their verification state (a rejected claim shows the operator's note). */
export function BadgeList({ awards, t }: { awards: TrainingAward[]; t: Translate }) {
  const tt = t as unknown as Loose;
  return (
    <section aria-labelledby="badges-title">
      <h2 id="badges-title">{t("readiness:badgesTitle")}</h2>
      {awards.length === 0 ? (
        <p className="readiness__empty">{t("readiness:badgesEmpty")}</p>
      ) : (
        <ul className="badges" role="list">
          {awards.map((a) => (
            <li key={a.id} className="badge-card" data-testid={`badge-${a.id}`}>
              <span className="badge-card__name">
                {a.programName || (a.programKind ? tt(`vocab:trainingProgram.${a.programKind}`) : "")}
                {a.year ? ` · ${a.year}` : ""}
              </span>
              {a.level && <span className="pill">{tt(`readiness:level.${a.level}`)}</span>}
              <span className={`pill pill--${a.verification}`} data-testid="badge-verification">{tt(`readiness:verification.${a.verification}`)}</span>
              {a.verification === "rejected" && a.note && <p className="field__hint">{a.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
