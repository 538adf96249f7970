import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "@canting/domain";
import { call } from "@/lib/http/medusa";
import { clearCart, readCartId } from "@/lib/data/cart";
import { rememberPlacedOrder } from "@/lib/data/order-access";

export const dynamic = "force-dynamic";

/**
 * Where Stripe returns the shopper after a redirect-based card confirmation (e.g. 3-D Secure):
 * completes the cart and shows the confirmation, or goes back to the checkout saying the payment
 * was not accepted (the cart is kept).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new NextResponse(null, { status: 404 });
  const back = (query: string) => NextResponse.redirect(new URL(`/${locale}/checkout${query}`, request.url), 303);
  if (request.nextUrl.searchParams.get("redirect_status") === "failed") return back("?payment=declined");
  const cartId = await readCartId(locale);
  if (!cartId) return back("");
  const result = await call<{ type: string; order?: { id: string } }>(`/store/carts/${encodeURIComponent(cartId)}/complete`, {
    locale, method: "POST", token: "shopper",
  });
  if (!result.ok) {
    console.error("[storefront] card return could not complete the cart:", result.status ?? result.message);
    return back("?payment=declined");
  }
  const order = result.data.type === "order" ? result.data.order : undefined;
  if (!order) return back("?payment=declined");
  await rememberPlacedOrder(order.id, cartId);
  await clearCart(locale);
  return NextResponse.redirect(new URL(`/${locale}/order/confirmed/${encodeURIComponent(order.id)}?payment=pp_stripe_stripe`, request.url), 303);
}
