import "server-only";
import { headers } from "next/headers";

/**
 * The shopper's address, passed on to the backend (`x-forwarded-for`) so its per-client limits on
 * login and sign-up count each shopper, not the storefront's one address. The backend believes it
 * only from a proxy it trusts (loopback or private network by default).
 */
export async function clientAddressHeaders(): Promise<Record<string, string>> {
  try {
    const forwarded = (await headers()).get("x-forwarded-for");
    return forwarded ? { "x-forwarded-for": forwarded.slice(0, 512) } : {};
  } catch {
    return {}; // outside a request (build time, scripts)
  }
}
