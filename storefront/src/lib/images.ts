import "server-only";
import { THUMBNAIL_WIDTH, srcSet, type ImageVariant } from "@canting/domain";
import { getServerEnv } from "@/env";

/**
 * The one place an image URL from the backend becomes one a browser can load. The local file
 * provider answers relative URLs (`/static/<key>`) so that moving the backend (another port, another
 * host) never leaves a broken URL in the database; they are joined to MEDUSA_BACKEND_URL here, at
 * render time. S3 and older data give absolute URLs, which pass through. Server only: the browser
 * never learns the backend's address from the env (seller-portal previews go through `/static`,
 * see app/static/[...key]/route.ts).
 */

/** A product photo as the adapter carries it: its stored URL and its sizes (smallest first, may be none). */
export type StoredImage = { url: string; variants: ImageVariant[] };

/** The props of an `<img>` for a picture; `srcSet`/`sizes`/`width`/`height` only when the sizes are known. */
export type ImageProps = { src: string; srcSet?: string; sizes?: string; width?: number; height?: number };

/** A product card's box is 4:5 (globals.css `.card__media`); its 640 thumbnail is cropped to it. */
export const CARD_IMAGE_SIZE = { width: THUMBNAIL_WIDTH, height: (THUMBNAIL_WIDTH * 5) / 4 } as const;

/**
 * `url` as the browser should load it, or null when it is not an image URL we trust: a root-relative
 * path is joined to `base` (the backend's origin); an http(s) URL passes through; anything else
 * (`javascript:`, `data:`, protocol-relative `//host`, a bare relative path) is refused.
 * `base` may be a function so the env is only read when a relative URL needs it.
 */
export function resolveImageUrl(url: string | null | undefined, base: string | (() => string)): string | null {
  const raw = url?.trim();
  if (!raw) return null;
  // "//host/x" and "/\host/x" are read by browsers as another host, not a path on ours.
  if (raw.startsWith("/")) {
    if (raw.startsWith("//") || raw.startsWith("/\\")) return null;
    const origin = (typeof base === "function" ? base() : base).replace(/\/+$/, "");
    return httpUrl(`${origin}${raw}`);
  }
  return httpUrl(raw);
}

function httpUrl(candidate: string): string | null {
  try {
    const parsed = new URL(candidate);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An image URL from the backend, resolved against MEDUSA_BACKEND_URL; null when missing or unsafe. */
export function imageUrl(url: string | null | undefined): string | null {
  return resolveImageUrl(url, () => getServerEnv().medusaBackendUrl);
}

/**
 * `<img>` props for a stored picture: every variant as a `srcset` candidate with `sizes`, and the
 * largest variant's `width`/`height` (so the browser reserves the box before a byte arrives). Without
 * usable variants (older data) just the resolved URL: the CSS box keeps its aspect ratio instead.
 */
export function responsiveImage(image: StoredImage, sizes: string): ImageProps | null {
  const variants = [...image.variants].sort((a, b) => a.width - b.width).flatMap((v) => {
    const url = imageUrl(v.url);
    return url ? [{ ...v, url }] : [];
  });
  const largest = variants.at(-1);
  if (!largest) {
    const src = imageUrl(image.url);
    return src ? { src } : null;
  }
  return { src: largest.url, srcSet: srcSet(variants), sizes, width: largest.width, height: largest.height };
}

/** The `/static/<key>` URL on the backend for a key the storefront received in its own `/static` path. */
export function staticImageUrl(segments: string[]): string | null {
  if (segments.length === 0 || segments.some((s) => s === "" || s === "." || s === ".." || s.includes("\0"))) return null;
  return imageUrl(`/static/${segments.map(encodeURIComponent).join("/")}`);
}
