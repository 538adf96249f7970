import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALES } from "@canting/domain";
import { createTranslator } from "@/lib/i18n/create";
import "./globals.css";

const t = createTranslator(DEFAULT_LOCALE);

export const metadata: Metadata = { title: t("notFound.title") };

/** 404 for URLs outside any locale (the proxy redirects most of them): both languages, linking home. */
export default function GlobalNotFound() {
  return (
    <html lang={DEFAULT_LOCALE}>
      <body>
        <main id="main" className="main">
          {LOCALES.map((locale) => {
            const tl = createTranslator(locale);
            return (
              <section key={locale} lang={locale} className="notice" data-testid="not-found">
                <h1>{tl("notFound.title")}</h1>
                <p>{tl("notFound.body")}</p>
                <a className="button" href={`/${locale}`}>{tl("notFound.backHome")}</a>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
