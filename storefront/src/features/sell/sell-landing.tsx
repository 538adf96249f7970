import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";

const WHY = [
  ["whyTrustTitle", "whyTrustBody"],
  ["whyHonestTitle", "whyHonestBody"],
  ["whyBuyersTitle", "whyBuyersBody"],
] as const;
const NEED = ["needNib", "needNpwp", "needKtp", "needPhotos"] as const;
const OPTIONAL = ["needBpjs", "needIpal"] as const;
const STEPS = ["step1", "step2", "step3", "step4"] as const;

function Ctas({ locale, t, suffix }: { locale: Locale; t: Translate; suffix: string }) {
  return (
    <div className="sell__ctas">
      <Link className="button button--block" href={`/${locale}/seller/register`} data-testid={`sell-register-${suffix}`}>{t("sell.ctaRegister")}</Link>
      <Link className="button button--ghost button--block" href={`/${locale}/seller/login`} data-testid={`sell-login-${suffix}`}>{t("sell.ctaLogin")}</Link>
    </div>
  );
}

/** "Sell on Canting": why join, what papers to prepare, how the review works, and the way in. */
export function SellLanding({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <article className="sell" data-testid="sell-page">
      <header className="sell__hero">
        <p className="hero__eyebrow">{t("sell.eyebrow")}</p>
        <h1>{t("sell.title")}</h1>
        <p className="sell__lead">{t("sell.lead")}</p>
        <Ctas locale={locale} t={t} suffix="top" />
      </header>
      <section className="section" aria-labelledby="sell-why">
        <h2 id="sell-why">{t("sell.whyTitle")}</h2>
        <ul className="sell__why" role="list">
          {WHY.map(([title, body]) => (
            <li key={title} className="sell__card"><h3>{t(`sell.${title}`)}</h3><p>{t(`sell.${body}`)}</p></li>
          ))}
        </ul>
      </section>
      <section className="section sell__need" aria-labelledby="sell-need" data-testid="sell-requirements">
        <h2 id="sell-need">{t("sell.needTitle")}</h2>
        <ul className="sell__list">{NEED.map((k) => <li key={k}>{t(`sell.${k}`)}</li>)}</ul>
        <h3>{t("sell.optionalTitle")}</h3>
        <ul className="sell__list">{OPTIONAL.map((k) => <li key={k}>{t(`sell.${k}`)}</li>)}</ul>
        <p className="field__hint">{t("sell.docsFormat")}</p>
      </section>
      <section className="section" aria-labelledby="sell-steps">
        <h2 id="sell-steps">{t("sell.stepsTitle")}</h2>
        <ol className="sell__steps">{STEPS.map((k) => <li key={k}>{t(`sell.${k}`)}</li>)}</ol>
      </section>
      <Ctas locale={locale} t={t} suffix="bottom" />
    </article>
  );
}
