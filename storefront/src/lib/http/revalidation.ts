import "server-only";
import type { StorefrontCacheTag } from "@canting/domain";
import { getRevalidateSecret } from "@/env";

/**
 * The storefront may cache a public read only if the backend can tell it what changed, i.e. both
 * share REVALIDATE_SECRET (`npm start` generates one).
 */
export const revalidateSecret = getRevalidateSecret;
export const revalidationEnabled = () => getRevalidateSecret() !== null;

/**
 * A cached answer is refetched in the background after this long even if no call came, so a
 * call lost while the storefront was down or restarting cannot keep a wrong price for long.
 */
export const CACHE_SAFETY_SECONDS = 300;

/**
 * The cache tags of a public read, by path; none for the rest. Catalog and suggestion queries are
 * not kept: their key space is every question anyone types (the backend has its own answer cache).
 * Certificates are not kept either: whether one still shows depends on today's date against its
 * expiry, which no event announces at the moment it passes, and a badge must never outlive its proof.
 */
export function publicReadTags(path: string): StorefrontCacheTag[] {
  if (path === "/store/regions") return ["regions"];
  if (path === "/store/products") return ["shop"];
  if (path === "/store/sellers" || path.startsWith("/store/sellers/")) return ["shop"];
  return [];
}
