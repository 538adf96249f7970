// A subpath of @canting/domain, not its index: client JavaScript then holds this module only, not
// the whole package (rubric, vocabularies, rules), whatever the bundler shakes out of the index.
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "@canting/domain/locales";

export const LOCALE_COOKIE = "NEXT_LOCALE";

/** The locale a path starts with (`/en/products/x` → "en"), or null when it has no locale prefix. */
export function localeFromPath(pathname: string): Locale | null {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) ? first : null;
}

/** Languages from an Accept-Language header, most preferred first (q=0 dropped, ties keep header order). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((l) => l.tag !== "" && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}

/**
 * Picks the storefront locale for a request without a locale prefix:
 * the NEXT_LOCALE cookie, then Accept-Language (by q-value), then Indonesian.
 */
export function negotiateLocale({ cookie, acceptLanguage }: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(cookie)) return cookie;
  for (const tag of parseAcceptLanguage(acceptLanguage)) {
    const primary = tag.split("-")[0];
    // "in" is the legacy ISO 639 code for Indonesian that some old browsers still send.
    const candidate = primary === "in" ? "id" : primary;
    if ((LOCALES as readonly string[]).includes(candidate)) return candidate as Locale;
  }
  return DEFAULT_LOCALE;
}

/** The same page in another locale: swaps (or adds) the locale prefix and keeps the query string. */
export function localizedPath(pathname: string, target: Locale, search = ""): string {
  const rest = localeFromPath(pathname) ? pathname.split("/").slice(2).join("/") : pathname.replace(/^\//, "");
  const query = search && !search.startsWith("?") ? `?${search}` : search;
  return `/${target}${rest ? `/${rest}` : ""}${query === "?" ? "" : query}`;
}
