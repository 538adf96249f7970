/**
 * The storefront keeps public Store API answers (listings, workshops, certificates, regions) in
 * Next's data cache, under these tags. The backend expires a tag by calling the storefront's
 * revalidation route, signed with the secret both share, whenever an event changes what it holds.
 */
export const STOREFRONT_CACHE_TAGS = [
  /** Listings, their prices and stock, workshops and their certificates: whatever one of them shows, the others may too. */
  "shop",
  /** Regions and their currencies. */
  "regions",
] as const;

export type StorefrontCacheTag = (typeof STOREFRONT_CACHE_TAGS)[number];

export const isStorefrontCacheTag = (value: unknown): value is StorefrontCacheTag =>
  typeof value === "string" && (STOREFRONT_CACHE_TAGS as readonly string[]).includes(value);

/** The storefront route the backend calls (POST, `authorization: Bearer <secret>`, body `{ tags }`). */
export const STOREFRONT_REVALIDATE_PATH = "/api/revalidate";

/** The shortest shared secret either side accepts: a guessable one would let anyone empty the cache at will. */
export const MIN_REVALIDATE_SECRET_LENGTH = 32;
