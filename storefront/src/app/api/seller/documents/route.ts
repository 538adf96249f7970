import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale } from "@canting/domain";
import { call } from "@/lib/http/medusa";
import { guardSellerUpload, MULTIPART_OVERHEAD_BYTES } from "@/lib/http/seller-upload-guard";
import { toActionFailure } from "@/lib/seller-portal/errors";
import { DOCUMENT_KINDS, MAX_DOCUMENT_BYTES } from "@/lib/seller-portal/types";
import type { Result } from "@/lib/result";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD_BYTES;

type Uploaded = { id: string };
const answer = (result: Result<Uploaded>, status: number) => NextResponse.json(result, { status });

/**
 * Forwards a document upload (multipart `kind` + `file`) to `POST /sellers/me/documents` with the
 * seller's token from the httpOnly cookie. The browser posts here with XHR to show progress; a
 * server action would cap the body at 512 KB and report no progress.
 */
export async function POST(request: NextRequest) {
  const guard = await guardSellerUpload(request, { maxBytes: MAX_BODY_BYTES, field: "file" });
  if (!guard.ok) return guard.response;
  const { token } = guard;
  const form = await request.formData().catch(() => null);
  const localeField = form?.get("locale");
  const locale = isLocale(localeField) ? localeField : DEFAULT_LOCALE;
  const kind = form?.get("kind");
  const file = form?.get("file");
  if (typeof kind !== "string" || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    return answer({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { kind: "errors:unknown_code" } }, 400);
  }
  if (!(file instanceof File) || file.size === 0) {
    return answer({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { file: "errors:file_required" } }, 400);
  }
  if (file.size > MAX_DOCUMENT_BYTES) {
    return answer({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { file: "errors:file_too_large" } }, 413);
  }
  const upstream = new FormData();
  upstream.set("kind", kind);
  upstream.set("file", file, file.name);
  const result = await call<{ document?: { id?: string } }>("/sellers/me/documents", { locale, token, method: "POST", body: upstream });
  if (result.ok) return answer({ ok: true, data: { id: String(result.data.document?.id ?? "") } }, 201);
  return answer(toActionFailure(result.status, result.body), result.status ?? 502);
}
