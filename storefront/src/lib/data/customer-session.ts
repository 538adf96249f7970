import "server-only";
import { cookies } from "next/headers";
import { getSiteUrl } from "@/env";
import { serverCookieOptions } from "@/lib/http/cookie-options";

/** The httpOnly cookie holding the shopper's JWT (actor `customer`), separate from the seller's. */
export const CUSTOMER_TOKEN_COOKIE = "canting_customer_token";

/** Medusa's default JWT lifetime is a day; the cookie does not outlive the token by much. */
const MAX_AGE_SECONDS = 60 * 60 * 24;

export async function readCustomerToken(): Promise<string | null> {
  return (await cookies()).get(CUSTOMER_TOKEN_COOKIE)?.value || null;
}

/** Server actions only: pages cannot set cookies. */
export async function writeCustomerToken(token: string): Promise<void> {
  (await cookies()).set(CUSTOMER_TOKEN_COOKIE, token, serverCookieOptions(getSiteUrl(), MAX_AGE_SECONDS));
}

export async function clearCustomerToken(): Promise<void> {
  (await cookies()).delete({ name: CUSTOMER_TOKEN_COOKIE, path: "/" });
}
