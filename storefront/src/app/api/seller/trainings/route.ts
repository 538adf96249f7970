import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale } from "@canting/domain";
import { call } from "@/lib/http/medusa";
import { guardSellerUpload, MULTIPART_OVERHEAD_BYTES } from "@/lib/http/seller-upload-guard";
import { toActionFailure } from "@/lib/seller-portal/errors";
import { MAX_DOCUMENT_BYTES } from "@/lib/seller-portal/types";
import type { Result } from "@/lib/result";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD_BYTES;
const FIELDS = ["program_kind", "program_name", "organiser", "year", "city", "level", "certificate_number"] as const;
const answer = (result: Result<{ id: string }>, status: number) => NextResponse.json(result, { status });

/** Forwards a badge claim (fields + evidence `file`) to `POST /sellers/me/trainings` with the seller's token. */
export async function POST(request: NextRequest) {
  const guard = await guardSellerUpload(request, { maxBytes: MAX_BODY_BYTES, field: "file" });
  if (!guard.ok) return guard.response;
  const { token } = guard;
  const form = await request.formData().catch(() => null);
  const localeField = form?.get("locale");
  const locale = isLocale(localeField) ? localeField : DEFAULT_LOCALE;
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return answer({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { file: "errors:file_required" } }, 400);
  }
  if (file.size > MAX_DOCUMENT_BYTES) {
    return answer({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { file: "errors:file_too_large" } }, 413);
  }
  const upstream = new FormData();
  for (const name of FIELDS) {
    const v = form?.get(name);
    if (typeof v === "string" && v.trim() !== "") upstream.set(name, v.trim());
  }
  upstream.set("file", file, file.name);
  const result = await call<{ award?: { id?: string } }>("/sellers/me/trainings", { locale, token, method: "POST", body: upstream });
  if (result.ok) return answer({ ok: true, data: { id: String(result.data.award?.id ?? "") } }, 201);
  return answer(toActionFailure(result.status, result.body), result.status ?? 502);
}
