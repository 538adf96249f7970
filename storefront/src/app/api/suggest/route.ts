import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale } from "@canting/domain";
import { suggest } from "@/lib/data/catalog";

export const dynamic = "force-dynamic";

const EMPTY = { products: [], terms: [] };

/**
 * Instant suggestions for the header search box: `GET /api/suggest?q=jlam&locale=id`. Keeps the
 * publishable key server-side; a short or missing query answers nothing rather than an error.
 */
export async function GET(request: NextRequest) {
  const q = (request.nextUrl.searchParams.get("q") ?? "").trim().slice(0, 100);
  const localeParam = request.nextUrl.searchParams.get("locale");
  const locale = isLocale(localeParam) ? localeParam : DEFAULT_LOCALE;
  if (q.length < 2) return NextResponse.json(EMPTY);
  try {
    return NextResponse.json(await suggest(locale, q), { headers: { "cache-control": "private, max-age=30" } });
  } catch {
    return NextResponse.json(EMPTY, { status: 502 });
  }
}
