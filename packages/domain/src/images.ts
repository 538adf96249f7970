/**
 * Responsive images: every public picture (listing photos, the demo cloths) is decoded once on
 * upload and stored as WebP at these widths (never wider than the original), so a page can offer
 * the browser `srcset` candidates and a phone never downloads a 1280 px photo for a 180 px tile.
 */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;

/** One stored size of a picture. `url` is relative (`/static/…`) for local files, absolute for S3. */
export type ImageVariant = { url: string; width: number; height: number };

/** The key of a product image's metadata that lists its variants (smallest first). */
export const IMAGE_VARIANTS_KEY = "variants";

/** The width a listing's thumbnail (catalog tiles, cart lines) is stored at, when the original is that wide. */
export const THUMBNAIL_WIDTH = 640;

/** Reads variants from an image's metadata, ignoring anything malformed; smallest first. */
export function imageVariants(metadata: unknown): ImageVariant[] {
  if (!metadata || typeof metadata !== "object") return [];
  const list = (metadata as Record<string, unknown>)[IMAGE_VARIANTS_KEY];
  if (!Array.isArray(list)) return [];
  return list
    .filter((v): v is ImageVariant => !!v && typeof v === "object" && typeof v.url === "string" && v.url.length > 0
      && Number.isInteger(v.width) && v.width > 0 && Number.isInteger(v.height) && v.height > 0)
    .sort((a, b) => a.width - b.width);
}

/** The `srcset` attribute for variants: `url 320w, url 640w, …` (urls already resolved by the caller). */
export function srcSet(variants: ImageVariant[], resolve: (url: string) => string = (u) => u): string {
  return variants.map((v) => `${resolve(v.url)} ${v.width}w`).join(", ");
}
