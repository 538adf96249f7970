import { describe, expect, it, vi } from "vitest";

const fetched: { path: string; query: Record<string, unknown> }[] = [];
vi.mock("server-only", () => ({}));
vi.mock("@/lib/http/medusa", () => ({
  read: async (path: string, _locale: string, query: Record<string, unknown>) => {
    fetched.push({ path, query });
    if (path === "/store/sellers") return { sellers: [{ handle: "batik-kauman-demo" }], count: 1 };
    return {
      count: 3,
      products: [
        { handle: "kain-real", updated_at: "2026-11-01T00:00:00Z", metadata: {}, seller: { handle: "real", is_demo: false } },
        { handle: "kain-demo-seller", metadata: {}, seller: { handle: "kauman-demo", is_demo: true } },
        { handle: "kain-demo-piece", metadata: { demo: true }, seller: { handle: "real", is_demo: false } },
      ],
    };
  },
}));

const { listPublicHandles } = await import("./sitemap");

describe("the sitemap's product list", () => {
  it("leaves out demo pieces and demo workshops' pieces, which are noindex", async () => {
    const { products } = await listPublicHandles();
    expect(products).toEqual([{ handle: "kain-real", updated_at: "2026-11-01T00:00:00Z" }]);
    expect(String(fetched.find((f) => f.path === "/store/products")?.query.fields)).toMatch(/seller/);
  });
});
