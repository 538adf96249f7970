import { NextResponse } from "next/server";
import { isLocale } from "@canting/domain";
import { retrieveCart } from "@/lib/data/cart";

export const dynamic = "force-dynamic";

/** The cart drawer's data: the shopper's cart grouped by seller (JSON, never cached). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return NextResponse.json({ message: "not found" }, { status: 404 });
  try {
    return NextResponse.json({ cart: await retrieveCart(locale) }, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    console.error("[storefront] cart drawer:", e instanceof Error ? e.message : e);
    return NextResponse.json({ message: "backend unavailable" }, { status: 502 });
  }
}
