import "server-only";
import { NextResponse } from "next/server";
import { DEFAULT_LOCALE, type Locale } from "@canting/domain";
import { call } from "@/lib/http/medusa";
import { readSellerToken } from "@/lib/data/seller-session";
import { toActionFailure } from "@/lib/seller-portal/errors";
import type { ErrorKey, Failure } from "@/lib/result";

/** Room for the multipart boundaries and the text fields next to the files. */
export const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

type Guarded = { ok: true; token: string } | { ok: false; response: NextResponse<Failure> };

const refuse = (result: Failure, status: number): Guarded => ({ ok: false, response: NextResponse.json(result, { status }) });

/** The declared body length, or null when there is none (chunked) or it is not a number. */
export function declaredLength(request: Request): number | null {
  const raw = request.headers.get("content-length");
  if (raw === null || !/^\d{1,15}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

/**
 * Lets an upload through only when the request is small enough and the seller's session is
 * valid, without reading a byte of the body: no session cookie is 401; no Content-Length is 411
 * and more than `maxBytes` is 413 (Node stops a body at its declared length, so the header
 * bounds what a handler can later read); then `GET /sellers/me` with the token must succeed,
 * otherwise the backend's 401/403 (or 502 when it does not answer).
 */
export async function guardSellerUpload(
  request: Request,
  { maxBytes, field, locale = DEFAULT_LOCALE }: { maxBytes: number; field: string; locale?: Locale },
): Promise<Guarded> {
  const token = await readSellerToken();
  if (!token) return refuse(toActionFailure(401, null), 401);
  const length = declaredLength(request);
  if (length === null) return refuse({ ok: false, errorKey: "errors:invalid" }, 411);
  if (length > maxBytes) {
    const tooLarge: ErrorKey = "errors:file_too_large";
    return refuse({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { [field]: tooLarge } }, 413);
  }
  const session = await call("/sellers/me", { locale, token });
  if (!session.ok) {
    // No seller behind the token (404) is as good as no session.
    const answered = session.status === 404 ? 401 : session.status;
    return refuse(toActionFailure(answered, null), answered === 401 || answered === 403 ? answered : 502);
  }
  return { ok: true, token };
}
