import { z } from "zod"
import { envVars, type EnvSource } from "../../env"

/**
 * A public file served by the backend itself (api/static-uploads.ts): `/static/<key>`, with plain
 * key segments only, so it can neither climb out of the folder (`..`) nor point at another host
 * (`//host`, a backslash or a scheme).
 */
const STATIC_PATH = /^\/static(\/(?!\.{1,2}(\/|$))[A-Za-z0-9._~+-]+)+$/

export const isStaticPath = (value: string): boolean => STATIC_PATH.test(value)

function isWebUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}

/** What a listing image, logo or banner may point at: an http(s) URL or one of our `/static/…` paths. */
export const isImageUrl = (value: unknown): value is string =>
  typeof value === "string" && (isWebUrl(value.trim()) || isStaticPath(value.trim()))

/** The zod field for such a URL, with our field error codes (`too_long`, `invalid`). */
export const imageUrl = z.string().trim().max(2000, "too_long").refine(isImageUrl, "invalid")

/**
 * The URL to store for a file the File module issued. The local provider answers
 * `${MEDUSA_BACKEND_URL}/static/<key>`, which would tie every stored picture to the host and port the
 * backend ran on when it was uploaded (the demo seed's port, a tunnel): we keep `/static/<key>` and the
 * storefront puts its backend URL in front. Anything else (S3, a CDN) is left absolute.
 */
export function relativeFileUrl(url: string, source?: EnvSource): string {
  const s3 = envVars(["S3_FILE_URL"], source).S3_FILE_URL
  if (s3 && url.startsWith(s3)) return url
  if (!isWebUrl(url)) return url
  const parsed = new URL(url)
  if (parsed.search || parsed.hash) return url
  return isStaticPath(parsed.pathname) ? parsed.pathname : url
}
