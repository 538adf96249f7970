import { createHash, timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { isStorefrontCacheTag, STOREFRONT_CACHE_TAGS } from "@canting/domain";
import { revalidateSecret } from "@/lib/http/revalidation";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 4096;
/** A backend that batches events may name a tag more than once; anything longer is not ours. */
const MAX_TAGS = 16;

// Hashing both sides first gives equal lengths, so the comparison takes the same time whatever was sent.
const digest = (value: string) => createHash("sha256").update(value).digest();
const sameSecret = (given: string, secret: string) => timingSafeEqual(digest(given), digest(secret));

const refuse = (status: number, message: string, field?: string) =>
  NextResponse.json({ message, ...(field ? { field } : {}) }, { status });

/**
 * The backend's "what changed" call: `POST` with `authorization: Bearer <REVALIDATE_SECRET>` and
 * `{ "tags": ["shop"] }`. Each tag's cached Store API answers expire at once, so the next page view
 * reads the backend again. Without a secret configured nothing is cached, and this route is absent.
 */
export async function POST(request: NextRequest) {
  const secret = revalidateSecret();
  if (!secret) return refuse(404, "Not found");
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!given || !sameSecret(given, secret)) return refuse(401, "The revalidation secret is missing or wrong");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return refuse(413, "The body is too large");
  const body: unknown = await request.json().catch(() => null);
  const tags = (body as { tags?: unknown } | null)?.tags;
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > MAX_TAGS || !tags.every(isStorefrontCacheTag)) {
    return refuse(400, `tags must be a non-empty list of: ${STOREFRONT_CACHE_TAGS.join(", ")}`, "tags");
  }
  const unique = [...new Set(tags)];
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  return NextResponse.json({ revalidated: unique });
}

export function GET() {
  return refuse(405, "Use POST");
}
