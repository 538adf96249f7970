import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { toTradeTerms } from "@/lib/adapter";
import { PriceTiers } from "./price-tiers";

// The store's `trade` as the backend answers it in the shopper's region (demo prices).
const rupiah = {
  wholesale: true, moq: 10,
  tiers: [
    { variant_id: "v1", min_quantity: 50, max_quantity: null, amount: 300000, currency_code: "idr" },
    { variant_id: "v1", min_quantity: 10, max_quantity: 49, amount: 350000, currency_code: "idr" },
    { variant_id: "v1", min_quantity: "x", amount: 1, currency_code: "idr" },
  ],
};
const variants = [{ id: "v1", title: "250x105" }, { id: "v2", title: "200x105" }];

// Intl puts a no-break space between "Rp" and the amount.
const rows = () => within(screen.getByTestId("tier-table")).getAllByRole("row").slice(1).map((r) => r.textContent?.replace(/\s/g, " "));

describe("price tiers on the product page", () => {
  it("shows the minimum and the tiers smallest first, priced like every other price (id)", () => {
    render(<PriceTiers trade={toTradeTerms(rupiah, variants)} locale="id" t={createTranslator("id")} />);
    expect(screen.getByTestId("minimum-order").textContent).toBe("Dijual grosir: minimal pemesanan 10 buah.");
    expect(rows()).toEqual(["10–49Rp 350.000", "50 atau lebihRp 300.000"]);
    expect(screen.queryByRole("caption")).toBeNull();
  });

  it("in English and dollars, one table per option when several have tiers", () => {
    const dollars = { wholesale: true, moq: 12, tiers: [
      { variant_id: "v1", min_quantity: 12, max_quantity: null, amount: 22, currency_code: "usd" },
      { variant_id: "v2", min_quantity: 12, max_quantity: null, amount: 19.5, currency_code: "usd" },
    ] };
    render(<PriceTiers trade={toTradeTerms(dollars, variants)} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("minimum-order").textContent).toBe("Sold wholesale: minimum order 12 pieces.");
    const tables = screen.getAllByTestId("tier-table");
    expect(tables.map((t) => t.querySelector("caption")?.textContent)).toEqual(["Option: 250x105", "Option: 200x105"]);
    expect(tables.map((t) => t.querySelector("tbody")?.textContent)).toEqual(["12 or moreUS$22.00", "12 or moreUS$19.50"]);
  });

  it("says nothing for a listing without trade terms", () => {
    const { container } = render(<PriceTiers trade={toTradeTerms(null)} locale="en" t={createTranslator("en")} />);
    expect(container.innerHTML).toBe("");
  });
});
