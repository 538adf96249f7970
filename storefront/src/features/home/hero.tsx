import type { Translate } from "@/lib/i18n/create";
import { SourceList } from "@/components/source-list";
import { HOME_SOURCES } from "./sources";

/** The home page's opening: what Canting is and why Pekalongan. */
export function Hero({ t }: { t: Translate }) {
  return (
    <section className="hero" aria-labelledby="hero-title">
      <div className="hero__inner">
        <p className="hero__eyebrow">{t("home.eyebrow")}</p>
        <h1 id="hero-title" className="hero__title">{t("home.title")}</h1>
        <p className="hero__lead">{t("home.lead")}</p>
        <a className="button" href="#collection">{t("home.cta")}</a>
      </div>
      <aside className="heritage" aria-labelledby="heritage-title">
        <h2 id="heritage-title">{t("home.heritageTitle")}</h2>
        <ul role="list">
          <li>{t("home.unescoCity")}</li>
          <li>{t("home.unescoHeritage")}</li>
        </ul>
      </aside>
    </section>
  );
}

/** Why every cloth carries a technique label (SNI 0239 vs SNI 8184). */
export function AboutBatik({ t }: { t: Translate }) {
  return (
    <section className="about" id="about-batik" aria-labelledby="about-title">
      <h2 id="about-title">{t("home.aboutTitle")}</h2>
      <p>{t("home.aboutLead")}</p>
    </section>
  );
}

/**
 * What the city of Pekalongan has said about its batik (Hari Batik 2021 theme, the Mayor on honest
 * labels) and, beside each, what Canting shows a buyer; Canting does not check wages, so it says so.
 */
export function CityPriorities({ t }: { t: Translate }) {
  return (
    <section className="section" aria-labelledby="priorities-title" data-testid="city-priorities">
      <h2 id="priorities-title">{t("guides:home.prioritiesTitle")}</h2>
      <p>{t("guides:home.prioritiesLead")}</p>
      <ul className="priorities" role="list">
        <li>{t("guides:home.clean")}</li>
        <li>{t("guides:home.honest")}</li>
        <li>{t("guides:home.welfare")}</li>
        <li>{t("guides:home.export")}</li>
      </ul>
    </section>
  );
}

/** Where the home page's facts come from. */
export function HomeSources({ t }: { t: Translate }) {
  return <SourceList sources={HOME_SOURCES} t={t} testId="home-sources" />;
}
