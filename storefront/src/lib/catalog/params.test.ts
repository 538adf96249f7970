import { describe, expect, it } from "vitest";
import { catalogHref, clearFilters, parseCatalogParams, toApiQuery, toggleFilter, withPage } from "./params";

describe("catalog URL state", () => {
  it("reads facets, price, stock, sort and page from a shared link", () => {
    const s = parseCatalogParams({ technique: "batik_tulis,batik_cap", motif: ["jlamprang"], price_min: "100000", in_stock: "1", sort: "price_asc", page: "3" });
    expect(s.filters.technique).toEqual(["batik_tulis", "batik_cap"]);
    expect(s.filters.motif).toEqual(["jlamprang"]);
    expect(s.priceMin).toBe(100000);
    expect(s.priceMax).toBeNull();
    expect(s.inStock).toBe(true);
    expect(s.sort).toBe("price_asc");
    expect(s.page).toBe(3);
  });

  it("drops unknown codes, bad numbers and silly pages instead of failing the page", () => {
    const s = parseCatalogParams({ technique: "batik_tulis,laser_printed", seller: "Bad Handle!,batik-kauman", price_max: "-5", sort: "cheapest", page: "0" });
    expect(s.filters.technique).toEqual(["batik_tulis"]);
    expect(s.filters.seller).toEqual(["batik-kauman"]);
    expect(s.priceMax).toBeNull();
    expect(s.sort).toBe("newest");
    expect(s.page).toBe(1);
  });

  it("sorts searches by relevance and browsing by newest unless chosen", () => {
    expect(parseCatalogParams({ q: "jlamprang" }).sort).toBe("relevance");
    expect(parseCatalogParams({}).sort).toBe("newest");
  });

  it("round-trips to a short canonical link and resets the page when a filter changes", () => {
    const s = withPage(parseCatalogParams({ technique: "batik_tulis" }), 4);
    expect(catalogHref("/id/products", s)).toBe("/id/products?technique=batik_tulis&page=4");
    const more = toggleFilter(s, "technique", "batik_cap");
    expect(catalogHref("/id/products", more)).toBe("/id/products?technique=batik_tulis%2Cbatik_cap");
    const less = toggleFilter(more, "technique", "batik_tulis");
    expect(parseCatalogParams(Object.fromEntries(new URLSearchParams(catalogHref("/x", less).split("?")[1])))).toEqual(less);
    expect(catalogHref("/id/products", clearFilters(more))).toBe("/id/products");
  });

  it("asks the API for one page in the region's currency", () => {
    const s = parseCatalogParams({ q: "buketan", eco: "oeko_tex", page: "2", in_stock: "1" });
    expect(toApiQuery(s, "usd", "en")).toEqual({ q: "buketan", eco: "oeko_tex", in_stock: "true", currency: "usd", locale: "en", sort: "relevance", limit: 24, offset: 24 });
  });

  it("drops eco=natural_dyes from an old link (a declared dye family is no eco tag; the dye_family filter stays)", () => {
    const s = parseCatalogParams({ eco: "natural_dyes,wastewater_treated", dye_family: "natural" });
    expect(s.filters.eco).toEqual(["wastewater_treated"]);
    expect(s.filters.dye_family).toEqual(["natural"]);
    expect(toApiQuery(parseCatalogParams({ eco: "natural_dyes" }), "idr", "id")).not.toHaveProperty("eco");
  });
});
