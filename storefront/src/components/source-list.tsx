import type { Translate } from "@/lib/i18n/create";

/** One source a page's facts come from; every one is listed with its fact in docs/sources.md. */
export type Source = { label: string; url: string };

/** The "Sources" footer under a page's facts (guides, home page). */
export function SourceList({ sources, t, testId }: { sources: readonly Source[]; t: Translate; testId?: string }) {
  return (
    <footer className="guide__sources" data-testid={testId}>
      <h2>{t("guides:sourcesTitle")}</h2>
      <p>{t("guides:sourcesNote")}</p>
      <ul>
        {sources.map((s) => (
          <li key={s.url}><a href={s.url} rel="noopener noreferrer external">{s.label}</a></li>
        ))}
      </ul>
    </footer>
  );
}
