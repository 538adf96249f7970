import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { GUIDES, GUIDE_SLUGS, type GuideSlug } from "./content";
import "./guides.css";

// Guide keys are data-driven (see content.ts); the completeness test keeps id and en in step.
type Loose = (key: string) => string;

/** One guide: lead, one card per entry (what it is, how to recognise it), notes, and sources. */
export function GuidePage({ slug, locale, t }: { slug: GuideSlug; locale: Locale; t: Translate }) {
  const guide = GUIDES[slug];
  const tt = t as unknown as Loose;
  const k = (key: string) => tt(`guides:${guide.key}.${key}`);
  return (
    <article className="guide" aria-labelledby="guide-title">
      <p className="guide__back"><Link href={`/${locale}/guides`}>← {t("guides:backToGuides")}</Link></p>
      <h1 id="guide-title">{k("title")}</h1>
      <p className="guide__lead">{k("lead")}</p>
      <ul className="guide__entries" role="list">
        {guide.entries.map((entry) => {
          const signs = `guides:${guide.key}.${entry}.signs`;
          const hasSigns = tt(signs) !== signs;
          return (
            <li key={entry} className="guide__entry" data-testid={`guide-entry-${entry}`}>
              <h2>{k(`${entry}.name`)}</h2>
              <p>{k(`${entry}.body`)}</p>
              {hasSigns && <p className="guide__signs">{tt(signs)}</p>}
            </li>
          );
        })}
      </ul>
      {guide.notes.map(([title, body]) => (
        <section key={title} className="about guide__note">
          <h2>{k(title)}</h2>
          <p>{k(body)}</p>
        </section>
      ))}
      <GuideSources slug={slug} t={t} />
    </article>
  );
}

function GuideSources({ slug, t }: { slug: GuideSlug; t: Translate }) {
  return (
    <footer className="guide__sources">
      <h2>{t("guides:sourcesTitle")}</h2>
      <p>{t("guides:sourcesNote")}</p>
      <ul>
        {GUIDES[slug].sources.map((s) => (
          <li key={s.url}><a href={s.url} rel="noopener noreferrer external">{s.label}</a></li>
        ))}
      </ul>
    </footer>
  );
}

/** Cards linking to every guide (used on the guides index and the home page). */
export function GuideCards({ locale, t }: { locale: Locale; t: Translate }) {
  const tt = t as unknown as Loose;
  return (
    <ul className="guide-cards" role="list">
      {GUIDE_SLUGS.map((slug) => (
        <li key={slug} className="guide-card">
          <h3><Link href={`/${locale}/guides/${slug}`}>{tt(`guides:${GUIDES[slug].key}.title`)}</Link></h3>
          <p>{tt(`guides:${GUIDES[slug].key}.summary`)}</p>
        </li>
      ))}
    </ul>
  );
}
