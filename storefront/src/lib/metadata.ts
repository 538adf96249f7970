import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@canting/domain";

/**
 * Canonical and hreflang links for one page in every locale (`path` without the locale prefix,
 * e.g. "/products/kain-jlamprang"). x-default points at the Indonesian page.
 */
export function localeAlternates(locale: Locale, path = ""): Metadata["alternates"] {
  const suffix = path === "/" ? "" : path;
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[l] = `/${l}${suffix}`;
  languages["x-default"] = `/${DEFAULT_LOCALE}${suffix}`;
  return { canonical: `/${locale}${suffix}`, languages };
}
