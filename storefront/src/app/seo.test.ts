import { beforeEach, describe, expect, it, vi } from "vitest";

const handles = vi.fn();
vi.mock("server-only", () => ({}));
vi.mock("@/lib/data/sitemap", () => ({ listPublicHandles: () => handles() }));

const { default: sitemap } = await import("@/app/sitemap");
const { default: robots } = await import("@/app/robots");

describe("sitemap.xml", () => {
  beforeEach(() => {
    handles.mockReset();
    process.env.NEXT_PUBLIC_SITE_URL = "https://canting.example";
  });

  it("lists static pages, guides, products and sellers with an hreflang alternate per locale", async () => {
    handles.mockResolvedValue({ products: [{ handle: "kain-jlamprang", updated_at: "2026-11-01T00:00:00Z" }], sellers: [{ handle: "batik-kauman" }] });
    const entries = await sitemap();
    const urls = entries.map((e) => e.url);
    expect(urls).toContain("https://canting.example/id");
    expect(urls).toContain("https://canting.example/id/guides/natural-dyes");
    expect(urls).toContain("https://canting.example/id/sellers/batik-kauman");
    const product = entries.find((e) => e.url.endsWith("/products/kain-jlamprang"))!;
    expect(product.lastModified).toBe("2026-11-01T00:00:00Z");
    expect(product.alternates?.languages).toEqual({
      id: "https://canting.example/id/products/kain-jlamprang",
      en: "https://canting.example/en/products/kain-jlamprang",
      "x-default": "https://canting.example/id/products/kain-jlamprang",
    });
  });

  it("still lists the static pages when the backend is down", async () => {
    handles.mockRejectedValue(new Error("ECONNREFUSED"));
    const urls = (await sitemap()).map((e) => e.url);
    expect(urls).toContain("https://canting.example/id/guides/techniques");
    expect(urls.some((u) => u.includes("/products/"))).toBe(false);
  });
});

describe("robots.txt", () => {
  it("keeps private pages out of search engines and points at the sitemap", () => {
    process.env.NEXT_PUBLIC_SITE_URL = "https://canting.example";
    const r = robots();
    const rule = Array.isArray(r.rules) ? r.rules[0] : r.rules;
    expect(r.sitemap).toBe("https://canting.example/sitemap.xml");
    // Crawlers match a rule as a path prefix; `$` anchors its end.
    const disallowed = (path: string) => [rule.disallow ?? []].flat().some((d) => (d.endsWith("$") ? path === d.slice(0, -1) : path.startsWith(d)))
    for (const path of ["/id/seller", "/id/seller/products", "/en/checkout", "/id/account/orders/o_1", "/id/cart", "/en/order/confirmed/o_1", "/api/suggest"]) {
      expect(disallowed(path), path).toBe(true);
    }
    // The public workshop directory and profiles share the portal's prefix but stay crawlable.
    for (const path of ["/id/sellers", "/en/sellers/batik-sekar-kauman", "/id/products/kain-1", "/en", "/id/search"]) {
      expect(disallowed(path), path).toBe(false);
    }
  });
});
