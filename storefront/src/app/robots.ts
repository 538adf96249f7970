import type { MetadataRoute } from "next";
import { LOCALES } from "@canting/domain";
import { getSiteUrl } from "@/env";

export const dynamic = "force-dynamic";

/** Shop pages are public; the seller portal, account, cart and checkout are private to one person. */
export default function robots(): MetadataRoute.Robots {
  const site = getSiteUrl();
  // A rule is a path prefix: `/id/seller` alone would also hide the public `/id/sellers` directory.
  const privatePaths = LOCALES.flatMap((l) => ["seller", "account", "cart", "checkout", "order"].flatMap((p) => [`/${l}/${p}$`, `/${l}/${p}/`]));
  return { rules: [{ userAgent: "*", allow: "/", disallow: [...privatePaths, "/api/"] }], sitemap: `${site}/sitemap.xml` };
}
