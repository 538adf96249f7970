import { describe, expect, it } from "vitest";
import { localeFromPath, localizedPath, negotiateLocale, parseAcceptLanguage } from "./negotiate";

describe("negotiateLocale", () => {
  it("prefers the NEXT_LOCALE cookie over the browser language", () => {
    expect(negotiateLocale({ cookie: "en", acceptLanguage: "id-ID,id;q=0.9" })).toBe("en");
    expect(negotiateLocale({ cookie: "id", acceptLanguage: "en-US,en;q=0.9" })).toBe("id");
  });

  it("ignores a cookie that is not a storefront locale", () => {
    expect(negotiateLocale({ cookie: "fr", acceptLanguage: "en-US,en;q=0.9" })).toBe("en");
  });

  it("maps regional tags to their language", () => {
    expect(negotiateLocale({ acceptLanguage: "en-US,en;q=0.9" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "en-GB" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "id-ID" })).toBe("id");
    expect(negotiateLocale({ acceptLanguage: "id" })).toBe("id");
  });

  it("honours q-values rather than header order", () => {
    expect(negotiateLocale({ acceptLanguage: "en;q=0.4, id;q=0.8" })).toBe("id");
    expect(negotiateLocale({ acceptLanguage: "id;q=0.2, en-US;q=0.9" })).toBe("en");
  });

  it("skips unsupported languages and falls back to Indonesian", () => {
    expect(negotiateLocale({ acceptLanguage: "fr-FR, de;q=0.9, en;q=0.5" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "fr-FR, de;q=0.9" })).toBe("id");
    expect(negotiateLocale({ acceptLanguage: "en;q=0" })).toBe("id");
    expect(negotiateLocale({})).toBe("id");
  });
});

describe("parseAcceptLanguage", () => {
  it("orders by q and keeps header order on ties", () => {
    expect(parseAcceptLanguage("de;q=0.5, en-US, id;q=0.5, fr;q=0")).toEqual(["en-us", "de", "id"]);
  });
});

describe("paths", () => {
  it("reads the locale prefix", () => {
    expect(localeFromPath("/en/products/x")).toBe("en");
    expect(localeFromPath("/id")).toBe("id");
    expect(localeFromPath("/products/x")).toBeNull();
    expect(localeFromPath("/english")).toBeNull();
  });

  it("swaps or adds the prefix and keeps the query", () => {
    expect(localizedPath("/id/products/kain-jlamprang", "en")).toBe("/en/products/kain-jlamprang");
    expect(localizedPath("/en", "id")).toBe("/id");
    expect(localizedPath("/", "en")).toBe("/en");
    expect(localizedPath("/products/x", "id", "?ref=ig")).toBe("/id/products/x?ref=ig");
    expect(localizedPath("/en/sellers/a", "id", "page=2")).toBe("/id/sellers/a?page=2");
  });
});
