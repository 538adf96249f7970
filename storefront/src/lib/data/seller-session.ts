import "server-only";
import { cookies } from "next/headers";
import { getSiteUrl } from "@/env";
import { serverCookieOptions } from "@/lib/http/cookie-options";

/** The httpOnly cookie holding the seller's JWT; the browser's scripts never see the token. */
export const SELLER_TOKEN_COOKIE = "canting_seller_token";

/** Medusa's default JWT lifetime is a day; the cookie does not outlive the token by much. */
const MAX_AGE_SECONDS = 60 * 60 * 24;

/** The signed-in seller's token, or null. */
export async function readSellerToken(): Promise<string | null> {
  return (await cookies()).get(SELLER_TOKEN_COOKIE)?.value || null;
}

/** Stores the token (server actions and route handlers only: pages cannot set cookies). */
export async function writeSellerToken(token: string): Promise<void> {
  (await cookies()).set(SELLER_TOKEN_COOKIE, token, serverCookieOptions(getSiteUrl(), MAX_AGE_SECONDS));
}

export async function clearSellerToken(): Promise<void> {
  (await cookies()).delete({ name: SELLER_TOKEN_COOKIE, path: "/" });
}

