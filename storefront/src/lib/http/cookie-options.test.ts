import { describe, expect, it } from "vitest";
import { isHttpsUrl, preferenceCookie, serverCookieOptions } from "./cookie-options";

describe("serverCookieOptions", () => {
  it("is httpOnly and SameSite=Lax always, Secure only when the site is served over https", () => {
    expect(serverCookieOptions("https://canting.id", 60)).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true, maxAge: 60 });
    expect(serverCookieOptions("http://localhost:8000", 60)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });

  it("is not Secure for a URL it cannot read", () => {
    expect(isHttpsUrl("not a url")).toBe(false);
    expect(isHttpsUrl(undefined)).toBe(false);
  });
});

describe("preferenceCookie", () => {
  it("writes a Lax cookie, Secure on an https page", () => {
    expect(preferenceCookie("NEXT_LOCALE", "en", 10, "https:")).toBe("NEXT_LOCALE=en; path=/; max-age=10; samesite=lax; secure");
    expect(preferenceCookie("NEXT_LOCALE", "en", 10, "http:")).toBe("NEXT_LOCALE=en; path=/; max-age=10; samesite=lax");
  });

  it("cannot be made to carry other attributes", () => {
    expect(preferenceCookie("canting_region", "x; domain=evil.example", 10, "http:")).toMatch(/^canting_region=x%3B%20domain%3Devil\.example; path=\//);
  });
});
