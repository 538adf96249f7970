import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { toLowStockListings } from "@/lib/stock-alerts";
import { LowStockNotice } from "./low-stock-notice";

const answer = {
  products: [
    { id: "prod_1", title: "Kain Sogan", low_stock_threshold: 2, low_stock: [{ variant_id: "var_1", title: "250x105", available: 1 }] },
    // Restocked between the filter and the read: nothing low any more, so not shown.
    { id: "prod_2", title: "Selendang", low_stock_threshold: 2, low_stock: [] },
  ],
};

describe("running-low notice", () => {
  it("keeps only listings with a variant running low", () => {
    expect(toLowStockListings(answer)).toEqual([{ id: "prod_1", title: "Kain Sogan", threshold: 2, variants: [{ id: "var_1", title: "250x105", available: 1 }] }]);
    expect(toLowStockListings(null)).toEqual([]);
  });

  it("names each listing with what is left against its alert level and links it for a restock, in Indonesian and English", () => {
    const { unmount } = render(<LowStockNotice listings={toLowStockListings(answer)} locale="id" t={createTranslator("id")} />);
    expect(screen.getByRole("heading").textContent).toBe("Stok hampir habis");
    const [item] = screen.getAllByTestId("low-stock-item");
    expect(item.textContent).toContain("250x105: sisa 1 (batas 2)");
    expect(screen.getByRole("link", { name: "Kain Sogan" }).getAttribute("href")).toBe("/id/seller/products/prod_1");
    unmount();
    render(<LowStockNotice listings={toLowStockListings(answer)} locale="en" t={createTranslator("en")} />);
    expect(screen.getByRole("heading").textContent).toBe("Running low");
    expect(screen.getByTestId("low-stock-item").textContent).toContain("250x105: 1 left (alert at 2)");
    expect(screen.getByRole("link", { name: "Restock: Kain Sogan" }).getAttribute("href")).toBe("/en/seller/products/prod_1");
  });

  it("shows nothing when no listing is running low", () => {
    render(<LowStockNotice listings={[]} locale="en" t={createTranslator("en")} />);
    expect(screen.queryByTestId("low-stock-notice")).toBeNull();
  });
});
