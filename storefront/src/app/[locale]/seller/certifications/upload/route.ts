import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale } from "@canting/domain";
import { call } from "@/lib/http/medusa";
import { guardSellerUpload, MULTIPART_OVERHEAD_BYTES } from "@/lib/http/seller-upload-guard";
import { toActionFailure } from "@/lib/seller-portal/errors";
import type { Result } from "@/lib/result";

export const dynamic = "force-dynamic";

const FIELDS = ["scheme", "subject_type", "product_id", "issuer", "number", "standard", "batikmark_type", "issued_at", "expires_at", "notes"] as const;
const MAX_FILES = 5;
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_BODY_BYTES = MAX_FILES * MAX_BYTES + MULTIPART_OVERHEAD_BYTES;
const answer = (result: Result<{ id: string }>, status: number) => NextResponse.json(result, { status });

/**
 * Forwards a certificate claim (text fields + up to 5 evidence `files`) to
 * `POST /sellers/me/certifications` with the seller's token from the httpOnly cookie. The browser
 * posts here with XHR: a server action would cap the body at 512 KB.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const guard = await guardSellerUpload(request, { maxBytes: MAX_BODY_BYTES, field: "files", locale });
  if (!guard.ok) return guard.response;
  const { token } = guard;
  const form = await request.formData().catch(() => null);
  if (!form) return answer(toActionFailure(400, null), 400);
  const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length === 0) return answer({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { files: "errors:evidence_required" } }, 400);
  if (files.length > MAX_FILES) return answer({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { files: "errors:too_many_files" } }, 400);
  if (files.some((f) => f.size > MAX_BYTES)) return answer({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { files: "errors:file_too_large" } }, 413);

  const upstream = new FormData();
  for (const name of FIELDS) {
    const value = form.get(name);
    if (typeof value === "string" && value.trim()) upstream.set(name, value);
  }
  for (const file of files) upstream.append("files", file, file.name);
  const result = await call<{ certificate?: { id?: string } }>("/sellers/me/certifications", { locale, token, method: "POST", body: upstream });
  if (result.ok) return answer({ ok: true, data: { id: String(result.data.certificate?.id ?? "") } }, 201);
  return answer(toActionFailure(result.status, result.body), result.status ?? 502);
}
