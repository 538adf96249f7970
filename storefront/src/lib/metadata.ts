import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@canting/domain";
import type { ProductSummary } from "./types";

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

/** A demo listing: a demo piece, or any piece of a demo workshop. Nothing in it is really for sale. */
export function isDemoListing(product: Pick<ProductSummary, "demo" | "seller">): boolean {
  return product.demo || product.seller?.demo === true;
}

/** Robots for a product page: a demo listing stays out of search engines (its links are still followed). */
export function productRobots(product: Pick<ProductSummary, "demo" | "seller">): Metadata["robots"] {
  return isDemoListing(product) ? { index: false, follow: true } : undefined;
}
