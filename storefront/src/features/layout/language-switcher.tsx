"use client";

import { Suspense } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
// A subpath of @canting/domain, not its index: client JavaScript then holds this module only, not
// the whole package (rubric, vocabularies, rules), whatever the bundler shakes out of the index.
import { LOCALES, type Locale } from "@canting/domain/locales";
import { LOCALE_COOKIE, localizedPath } from "@/lib/i18n/negotiate";
import { preferenceCookie } from "@/lib/http/cookie-options";

const ONE_YEAR = 60 * 60 * 24 * 365;

function rememberLocale(locale: Locale) {
  document.cookie = preferenceCookie(LOCALE_COOKIE, locale, ONE_YEAR, location.protocol);
}

/** Links to the current page in every locale; choosing one is remembered in the NEXT_LOCALE cookie. */
export function LanguageLinks({ locale, pathname, search }: { locale: Locale; pathname: string; search: string }) {
  const { t } = useTranslation();
  return (
    <nav className="lang" data-testid="language-switcher" aria-label={t("language.label")}>
      {LOCALES.map((l) => (
        // A plain <a>: the root layout (html lang, translations) must re-render in the new locale.
        <a
          key={l}
          href={localizedPath(pathname, l, search)}
          hrefLang={l}
          lang={l}
          aria-current={l === locale ? "true" : undefined}
          data-testid={`switch-locale-${l}`}
          className={l === locale ? "lang__link lang__link--current" : "lang__link"}
          onClick={() => rememberLocale(l)}
        >
          {/* The visible code starts the accessible name (WCAG 2.5.3, label in name): "EN (English)". */}
          {t(`language.short.${l}`)}
          <span className="visually-hidden"> ({t(`language.name.${l}`)})</span>
        </a>
      ))}
    </nav>
  );
}

function WithQuery({ locale }: { locale: Locale }) {
  const pathname = usePathname() ?? `/${locale}`;
  const search = useSearchParams()?.toString() ?? "";
  return <LanguageLinks locale={locale} pathname={pathname} search={search} />;
}

function WithoutQuery({ locale }: { locale: Locale }) {
  return <LanguageLinks locale={locale} pathname={usePathname() ?? `/${locale}`} search="" />;
}

/** The header's language switcher; keeps path and query (query only once search params are available). */
export function LanguageSwitcher({ locale }: { locale: Locale }) {
  return (
    <Suspense fallback={<WithoutQuery locale={locale} />}>
      <WithQuery locale={locale} />
    </Suspense>
  );
}
