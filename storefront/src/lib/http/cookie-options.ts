/**
 * Cookie attributes in one place. Every cookie is `SameSite=Lax` (sent on top-level navigations,
 * never on cross-site posts or subrequests) and `Secure` whenever the storefront is served over https.
 * Pure on purpose: server code passes the site URL, client code the page's protocol.
 */

/** Whether a URL (the storefront's public URL, or a request's) is https. Never throws. */
export function isHttpsUrl(url: string | null | undefined): boolean {
  try {
    return new URL(url ?? "").protocol === "https:";
  } catch {
    return false;
  }
}

export type ServerCookieOptions = { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number };

/** Options for a cookie only the server reads (session tokens, cart id): httpOnly, Lax, Secure on https. */
export const serverCookieOptions = (siteUrl: string, maxAge: number): ServerCookieOptions => ({
  httpOnly: true, sameSite: "lax", path: "/", secure: isHttpsUrl(siteUrl), maxAge,
});

/**
 * A `document.cookie` assignment for a preference the browser itself sets (language, region): it
 * cannot be httpOnly, but it is Lax and, on an https page, Secure. `protocol` is `location.protocol`.
 */
export const preferenceCookie = (name: string, value: string, maxAge: number, protocol: string) =>
  `${name}=${encodeURIComponent(value)}; path=/; max-age=${maxAge}; samesite=lax${protocol === "https:" ? "; secure" : ""}`;
