import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, localeFromPath, localizedPath, negotiateLocale } from "@/lib/i18n/negotiate";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";

// Read at request time (a computed name is never inlined at build). Not via env.ts: that module is
// server-only, and the defaults here only matter on a developer's machine.
const env = (name: string) => process.env[name]?.trim() || undefined;

/** The security headers for this request, with a fresh script nonce. */
function securityHeadersFor(request: NextRequest, nonce: string): Record<string, string> {
  return securityHeaders({
    nonce,
    backendUrl: env("MEDUSA_BACKEND_URL") ?? "http://localhost:9000",
    mediaUrl: env("S3_FILE_URL"),
    stripe: Boolean(env("STRIPE_PUBLISHABLE_KEY")),
    stripeApiUrl: env("STRIPE_API_HOST"),
    dev: process.env.NODE_ENV === "development",
    https: servedOverHttps(env("NEXT_PUBLIC_SITE_URL"), request.url),
  });
}

/**
 * Sends every path without a locale prefix (including `/`) to `/<locale><path><query>` with a 307,
 * and gives every page its security headers. The CSP also goes on the request: Next reads the
 * nonce from it and puts it on the scripts it renders (so every page renders per request).
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const security = securityHeadersFor(request, nonce);
  const { pathname, search } = request.nextUrl;
  let response: NextResponse;
  if (localeFromPath(pathname)) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", security["Content-Security-Policy"]);
    requestHeaders.set("x-nonce", nonce);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    const locale = negotiateLocale({
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get("accept-language"),
    });
    response = NextResponse.redirect(new URL(localizedPath(pathname, locale, search), request.url), 307);
    response.headers.set("Vary", "Cookie, Accept-Language");
  }
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything except Next internals, API routes, files with an extension (favicon.ico, robots.txt,
  // images) and the certificate upload: the proxy would buffer (and past its limit cut) that body.
  matcher: ["/((?!_next|api|favicon.ico|.*\\..*|.*/certifications/upload).*)"],
};
