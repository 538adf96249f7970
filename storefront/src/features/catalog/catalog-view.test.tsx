import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { toCatalogResult } from "@/lib/catalog/adapter";
import { parseCatalogParams } from "@/lib/catalog/params";
import { CatalogView } from "./catalog-view";

const hit = (i: number) => ({
  id: `prod_${i}`, handle: `kain-${i}`, title: `Kain ${i}`, thumbnail: null, technique: "batik_tulis", is_imitation: false,
  seller: { handle: "batik-kauman", name: "Batik Kauman" }, price: { amount: 350000 + i, currency: "idr" }, in_stock: true,
});

const api = (over: Record<string, unknown> = {}) => toCatalogResult({
  hits: [hit(1), hit(2)], count: 50, limit: 24, offset: 0,
  facets: {
    technique: [{ value: "batik_tulis", count: 30 }, { value: "batik_cap", count: 20 }],
    motifs: [{ value: "jlamprang", count: 12 }],
    seller: [{ value: "batik-kauman", label: "Batik Kauman", count: 50 }],
    in_stock: [{ value: "true", count: 41 }, { value: "false", count: 9 }],
    price: { min: 150000, max: 2500000 },
  },
  suggestions: [],
  ...over,
});

function renderView(query: Record<string, string>, result = api(), locale: "id" | "en" = "id") {
  return render(
    <CatalogView locale={locale} t={createTranslator(locale)} state={parseCatalogParams(query)} result={result}
      path={`/${locale}/products`} currency="idr" heading="Koleksi batik" />,
  );
}

describe("CatalogView", () => {
  it("shows facet values with labels and counts, each a link that adds the filter", () => {
    renderView({});
    const tulis = screen.getByTestId("facet-technique-batik_tulis");
    expect(tulis.textContent).toContain("Batik tulis");
    expect(tulis.textContent).toContain("30");
    expect(tulis.getAttribute("href")).toBe("/id/products?technique=batik_tulis");
    expect(screen.getByTestId("facet-seller-batik-kauman").textContent).toContain("Batik Kauman");
    expect(screen.getByTestId("facet-in-stock").textContent).toContain("41");
  });

  it("marks chosen filters, lets each be removed, and keeps the rest of the state in links", () => {
    renderView({ technique: "batik_tulis", motif: "jlamprang", sort: "price_asc" });
    const on = screen.getByTestId("facet-technique-batik_tulis");
    expect(on.getAttribute("aria-current")).toBe("true");
    expect(on.getAttribute("href")).toBe("/id/products?motif=jlamprang&sort=price_asc");
    const chips = within(screen.getByTestId("active-filters"));
    expect(chips.getByRole("link", { name: "Hapus filter Jlamprang" }).getAttribute("href")).toBe("/id/products?technique=batik_tulis&sort=price_asc");
    expect(chips.getByRole("link", { name: "Hapus semua filter" }).getAttribute("href")).toBe("/id/products?sort=price_asc");
  });

  it("pages through results with the filters kept", () => {
    renderView({ technique: "batik_tulis" });
    expect(screen.getByTestId("pagination-status").textContent).toBe("Halaman 1 dari 3");
    expect(screen.getByTestId("pagination-next").getAttribute("href")).toBe("/id/products?technique=batik_tulis&page=2");
  });

  it("keeps the other filters when sorting or setting a price (GET forms with hidden fields)", () => {
    const { container } = renderView({ technique: "batik_cap", price_min: "100000" });
    const sortForm = screen.getByTestId("catalog-sort").closest("form")!;
    const hidden = (f: HTMLFormElement) => [...f.querySelectorAll("input[type=hidden]")].map((i) => `${i.getAttribute("name")}=${i.getAttribute("value")}`);
    expect(hidden(sortForm)).toEqual(["technique=batik_cap", "price_min=100000"]);
    const priceForm = screen.getByTestId("price-min").closest("form")!;
    expect(hidden(priceForm)).toEqual(["technique=batik_cap"]);
    expect(container.textContent).toContain("Rp");
  });

  it("heads the dye filter as declared by the workshop, and lists only eco tags backed by verified certificates", () => {
    const facets = {
      dye_family: [{ value: "natural", count: 7 }],
      // A document indexed before natural dyes stopped being an eco tag
      eco_tags: [{ value: "natural_dyes", count: 7 }, { value: "wastewater_treated", count: 3 }],
    };
    const { unmount } = renderView({}, api({ facets }));
    expect(screen.getByRole("heading", { name: "Pewarna (dinyatakan penjual)" })).toBeTruthy();
    expect(screen.getByTestId("facet-dye_family-natural").textContent).toContain("Pewarna alam");
    expect(screen.queryByTestId("facet-eco-natural_dyes")).toBeNull();
    expect(screen.getByTestId("facet-eco-wastewater_treated").textContent).toContain("3");
    unmount();
    renderView({}, api({ facets }), "en");
    expect(screen.getByRole("heading", { name: "Dyes (declared by the workshop)" })).toBeTruthy();
  });

  it("suggests close matches when nothing is found", () => {
    renderView({ q: "jlamprag" }, api({ hits: [], count: 0, suggestions: ["Jlamprang"] }), "en");
    expect(screen.getByTestId("no-results").textContent).toContain("No cloth matches");
    expect(screen.getByTestId("suggestion").getAttribute("href")).toBe("/en/products?q=Jlamprang");
  });
});

describe("untranslated titles", () => {
  it("marks an Indonesian-only title for English readers, and only for them", () => {
    const raw = { hits: [{ ...hit(1), title: "Kain Buketan", title_translated: false }], count: 1, facets: {}, suggestions: [] };
    const en = toCatalogResult(raw, "en");
    expect(en.products[0].untranslated).toBe(true);
    render(<CatalogView locale="en" t={createTranslator("en")} state={parseCatalogParams({})} result={en} path="/en/products" currency="usd" heading="Batik" />);
    expect(screen.getByTestId("untranslated").textContent).toBe("Not yet translated");
    expect(toCatalogResult(raw, "id").products[0].untranslated).toBe(false);
  });
});
