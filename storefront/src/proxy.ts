import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, localeFromPath, localizedPath, negotiateLocale } from "@/lib/i18n/negotiate";

/** Sends every path without a locale prefix (including `/`) to `/<locale><path><query>` with a 307. */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (localeFromPath(pathname)) return NextResponse.next();
  const locale = negotiateLocale({
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const target = new URL(localizedPath(pathname, locale, search), request.url);
  const response = NextResponse.redirect(target, 307);
  response.headers.set("Vary", "Cookie, Accept-Language");
  return response;
}

export const config = {
  // Everything except Next internals, API routes and files with an extension (favicon.ico, robots.txt, images).
  matcher: ["/((?!_next|api|favicon.ico|.*\\..*).*)"],
};
