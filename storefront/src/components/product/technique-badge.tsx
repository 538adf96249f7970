import { isImitation, type Technique } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";

/** The technique label (tulis, cap, kombinasi or imitation), styled so imitation never passes as batik. */
export function TechniqueBadge({ technique, t, size = "sm" }: { technique: Technique | null; t: Translate; size?: "sm" | "lg" }) {
  if (!technique) {
    return (
      <span className={`technique technique--unknown technique--${size}`} data-testid="technique-label">
        {t("catalog.techniqueUnknown")}
      </span>
    );
  }
  const kind = isImitation(technique) ? "imitation" : "batik";
  return (
    <span className={`technique technique--${kind} technique--${size}`} data-testid="technique-label" data-technique={technique}>
      {t(`vocab:technique.${technique}`)}
    </span>
  );
}

/** The "not batik (SNI 8184)" marker: a short badge on cards, a full explanation on the product page. */
export function ImitationNotice({ t, variant }: { t: Translate; variant: "badge" | "full" }) {
  if (variant === "badge") {
    return (
      <span className="imitation-badge" data-testid="imitation-notice" role="note">
        {t("imitation.badge")}
      </span>
    );
  }
  return (
    <section className="imitation-notice" data-testid="imitation-notice" role="note" aria-labelledby="imitation-title">
      <p className="imitation-notice__badge">{t("imitation.badge")}</p>
      <h2 id="imitation-title" className="imitation-notice__title">{t("imitation.title")}</h2>
      <p>{t("imitation.body")}</p>
    </section>
  );
}
