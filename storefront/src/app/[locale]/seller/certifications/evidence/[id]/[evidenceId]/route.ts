import { NextResponse } from "next/server";
import { DEFAULT_LOCALE } from "@canting/domain";
import { download } from "@/lib/http/medusa";
import { readSellerToken } from "@/lib/data/seller-session";

export const dynamic = "force-dynamic";

const INLINE = new Set(["application/pdf", "image/jpeg", "image/png", "image/webp"]);

/** Streams one evidence file of the signed-in seller's certificate (the backend checks ownership). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; evidenceId: string }> }) {
  const { id, evidenceId } = await params;
  const token = await readSellerToken();
  if (!token) return new NextResponse(null, { status: 401 });
  const upstream = await download(
    `/sellers/me/certifications/${encodeURIComponent(id)}/evidence/${encodeURIComponent(evidenceId)}`, { locale: DEFAULT_LOCALE, token },
  );
  if (!upstream?.ok || !upstream.body) return new NextResponse(null, { status: upstream?.status === 404 ? 404 : 502 });
  const type = upstream.headers.get("content-type")?.split(";")[0] ?? "";
  return new NextResponse(upstream.body, {
    headers: {
      "content-type": INLINE.has(type) ? type : "application/octet-stream",
      "content-disposition": upstream.headers.get("content-disposition") ?? "inline",
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
