import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { GUIDES, GUIDE_SLUGS, type GuideSlug } from "./content";
import { SourceList } from "@/components/source-list";
import "./guides.css";

// Guide keys are data-driven (see content.ts); the completeness test keeps id and en in step.
type Loose = (key: string, values?: Record<string, string>) => string;

/** One guide: lead, one card per entry (what it is, how to recognise it), notes, and sources. */
export function GuidePage({ slug, locale, t }: { slug: GuideSlug; locale: Locale; t: Translate }) {
  const guide = GUIDES[slug];
  const tt = t as unknown as Loose;
  const k = (key: string, values?: Record<string, string>) => tt(`guides:${guide.key}.${key}`, values);
  // Quoted labels come from the vocabulary, so the guide never promises words the site does not show.
  const quotes = (entry: string) =>
    Object.fromEntries(Object.entries(guide.quotes?.[entry] ?? {}).map(([name, key]) => [name, tt(key)]));
  return (
    <article className="guide" aria-labelledby="guide-title">
      <p className="guide__back"><Link href={`/${locale}/guides`}>← {t("guides:backToGuides")}</Link></p>
      <h1 id="guide-title">{k("title")}</h1>
      <p className="guide__lead">{k("lead")}</p>
      <ul className="guide__entries" role="list">
        {guide.entries.map((entry) => {
          const signs = `guides:${guide.key}.${entry}.signs`;
          const hasSigns = tt(signs) !== signs;
          const values = quotes(entry);
          return (
            <li key={entry} className="guide__entry" data-testid={`guide-entry-${entry}`}>
              <h2>{k(`${entry}.name`, values)}</h2>
              <p>{k(`${entry}.body`, values)}</p>
              {hasSigns && <p className="guide__signs">{tt(signs, values)}</p>}
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
      <SourceList sources={guide.sources} t={t} testId="guide-sources" />
    </article>
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
