import type { MetadataRoute } from "next";
import { DEFAULT_LOCALE, LOCALES } from "@canting/domain";
import { getSiteUrl } from "@/env";
import { listPublicHandles } from "@/lib/data/sitemap";
import { GUIDE_SLUGS } from "@/features/guides/content";

// Products and sellers change; the sitemap is built per request from the store API.
export const dynamic = "force-dynamic";

/** One entry per page, listing every locale version as hreflang alternates. */
function entry(site: string, path: string, lastModified?: string): MetadataRoute.Sitemap[number] {
  const languages = Object.fromEntries([...LOCALES.map((l) => [l, `${site}/${l}${path}`]), ["x-default", `${site}/${DEFAULT_LOCALE}${path}`]]);
  return { url: `${site}/${DEFAULT_LOCALE}${path}`, alternates: { languages }, ...(lastModified ? { lastModified } : {}) };
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = getSiteUrl();
  const pages = ["", "/guides", ...GUIDE_SLUGS.map((s) => `/guides/${s}`), "/sell", "/eco", "/export", "/export/rubric", "/sellers", "/products"].map((p) => entry(site, p));
  try {
    const { products, sellers } = await listPublicHandles();
    return [
      ...pages,
      ...products.map((p) => entry(site, `/products/${p.handle}`, p.updated_at)),
      ...sellers.map((s) => entry(site, `/sellers/${s.handle}`)),
    ];
  } catch {
    // Backend unreachable: the static pages are still worth listing.
    return pages;
  }
}
