import "server-only";
import { cookies } from "next/headers";
import { getSiteUrl } from "@/env";
import { serverCookieOptions } from "@/lib/http/cookie-options";

/**
 * The backend shows a guest order only to the browser that placed it, proven by the id of the cart
 * that became the order (header `x-canting-order-access`). The storefront keeps that cart id in an
 * httpOnly cookie per order, so the confirmation page works and a shared order link does not.
 */
export const ORDER_ACCESS_HEADER = "x-canting-order-access";
const MAX_AGE_SECONDS = 60 * 60 * 24 * 90;
const cookieName = (orderId: string) => `canting_order_${orderId.replace(/[^\w-]/g, "")}`;

/** Server actions and route handlers only: remembers that this browser placed `orderId` from `cartId`. */
export async function rememberPlacedOrder(orderId: string, cartId: string): Promise<void> {
  (await cookies()).set(cookieName(orderId), cartId, serverCookieOptions(getSiteUrl(), MAX_AGE_SECONDS));
}

/** The header proving this browser placed the order, or none. */
export async function orderAccessHeaders(orderId: string): Promise<Record<string, string>> {
  const proof = (await cookies()).get(cookieName(orderId))?.value;
  return proof ? { [ORDER_ACCESS_HEADER]: proof } : {};
}
