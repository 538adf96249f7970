import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale } from "@canting/domain";
import { download } from "@/lib/http/medusa";
import { readSellerToken } from "@/lib/data/seller-session";
import { toActionFailure } from "@/lib/seller-portal/errors";
import { LISTINGS_LIST, readListParams } from "@/lib/seller-portal/list-params";

export const dynamic = "force-dynamic";

/** What the backend may answer besides the file, passed on as it is: bad filters (translated) and a lost session. */
const PASSED_ON = new Set([400, 401, 403]);

/**
 * The signed-in seller's listings as CSV (`GET /sellers/me/products/export`): the seller's token is
 * an httpOnly cookie, so the portal's link comes here and the backend's answer is streamed on with
 * its file headers. `?q=&status=&sort=` are the list's own parameters (read as the list reads them),
 * so the file holds what the seller is looking at, every page of it; `?locale=` names the headers' language.
 */
export async function GET(request: NextRequest) {
  const token = await readSellerToken();
  if (!token) return NextResponse.json(toActionFailure(401, null), { status: 401 });
  const search = request.nextUrl.searchParams;
  const localeParam = search.get("locale");
  const locale = isLocale(localeParam) ? localeParam : DEFAULT_LOCALE;
  const list = readListParams(LISTINGS_LIST, Object.fromEntries(search));
  const query = new URLSearchParams({ order: list.sort });
  if (list.q) query.set("q", list.q);
  if (list.status) query.set("status", list.status);
  const upstream = await download(`/sellers/me/products/export?${query}`, { locale, token });
  if (!upstream?.body) return new NextResponse(null, { status: 502 });
  if (!upstream.ok) {
    return new NextResponse(upstream.body, {
      status: PASSED_ON.has(upstream.status) ? upstream.status : 502,
      headers: { "content-type": upstream.headers.get("content-type") ?? "application/json", "cache-control": "private, no-store" },
    });
  }
  return new NextResponse(upstream.body, {
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "text/csv; charset=utf-8",
      // Always a download, whatever the backend said: a CSV is never rendered in the browser.
      "content-disposition": upstream.headers.get("content-disposition") ?? 'attachment; filename="canting-listings.csv"',
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
