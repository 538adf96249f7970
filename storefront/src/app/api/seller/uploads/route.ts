import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale } from "@canting/domain";
import { call } from "@/lib/http/medusa";
import { guardSellerUpload, MULTIPART_OVERHEAD_BYTES } from "@/lib/http/seller-upload-guard";
import { toActionFailure } from "@/lib/seller-portal/errors";
import { MAX_IMAGES, MAX_IMAGE_BYTES } from "@/lib/seller-portal/listings";
import type { Result } from "@/lib/result";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = MAX_IMAGES * MAX_IMAGE_BYTES + MULTIPART_OVERHEAD_BYTES;

type Uploaded = { urls: string[] };
const answer = (result: Result<Uploaded>, status: number) => NextResponse.json(result, { status });
const invalid = (key: "errors:file_required" | "errors:file_too_large" | "errors:too_long", status = 400) =>
  answer({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { images: key } }, status);

/**
 * Forwards listing photos (multipart `files`, several) to `POST /sellers/me/uploads` with the
 * seller's token from the httpOnly cookie, and answers their public URLs. A server action would cap
 * the body at 512 KB. The session and the declared length are checked before the body is read.
 */
export async function POST(request: NextRequest) {
  const guard = await guardSellerUpload(request, { maxBytes: MAX_BODY_BYTES, field: "images" });
  if (!guard.ok) return guard.response;
  const { token } = guard;
  const form = await request.formData().catch(() => null);
  const localeField = form?.get("locale");
  const locale = isLocale(localeField) ? localeField : DEFAULT_LOCALE;
  const files = (form?.getAll("files") ?? []).filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length === 0) return invalid("errors:file_required");
  if (files.length > MAX_IMAGES) return invalid("errors:too_long");
  if (files.some((f) => f.size > MAX_IMAGE_BYTES)) return invalid("errors:file_too_large", 413);
  const upstream = new FormData();
  for (const file of files) upstream.append("files", file, file.name);
  const result = await call<{ files?: { url?: string }[] }>("/sellers/me/uploads", { locale, token, method: "POST", body: upstream });
  if (result.ok) return answer({ ok: true, data: { urls: (result.data.files ?? []).map((f) => String(f.url ?? "")).filter(Boolean) } }, 201);
  const failure = toActionFailure(result.status, result.body);
  // The backend names files by index (`files.1`); the form has one photo picker.
  const fieldErrors = failure.fieldErrors && Object.values(failure.fieldErrors).length
    ? { images: Object.values(failure.fieldErrors)[0]! } : failure.fieldErrors;
  return answer({ ...failure, fieldErrors }, result.status ?? 502);
}
