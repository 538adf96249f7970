import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import type { SellerGroup } from "@/lib/shop/lines";
import { SellerGroups, Totals } from "./cart-lines";

const line = (id: string, title: string, unitPrice: number, quantity: number) => ({
  id, variantId: `v_${id}`, productId: `p_${id}`, productHandle: id, title, variantTitle: null, thumbnail: null, quantity, unitPrice, total: unitPrice * quantity, maxQuantity: 3, unavailable: false,
});
const groups: SellerGroup[] = [
  { seller: { id: "s1", handle: "batik-sekar", name: "Batik Sekar" }, lines: [line("a", "Kain Jlamprang", 1500000, 1)], subtotal: 1500000 },
  { seller: { id: "s2", handle: "batik-kauman", name: "Batik Kauman" }, lines: [line("b", "Kemeja Buketan", 350000, 2)], subtotal: 700000 },
];
const norm = (s: string | null) => s?.replace(/\s/g, " ");

describe("SellerGroups", () => {
  it("shows each seller's pieces under the seller, with rupiah prices for Indonesian shoppers", () => {
    render(<SellerGroups groups={groups} currency="idr" locale="id" t={createTranslator("id")} />);
    const [sekar, kauman] = screen.getAllByTestId("seller-group");
    expect(within(sekar).getByTestId("seller-group-name").textContent).toBe("Dari Batik Sekar");
    expect(within(sekar).getByRole("link", { name: "Batik Sekar" }).getAttribute("href")).toBe("/id/sellers/batik-sekar");
    expect(within(sekar).getAllByTestId("line-title").map((e) => e.textContent)).toEqual(["Kain Jlamprang"]);
    expect(norm(within(kauman).getByTestId("line-price").textContent)).toBe("Rp 350.000 × 2");
    expect(norm(within(kauman).getByTestId("line-total").textContent)).toBe("Rp 700.000");
    expect(norm(within(kauman).getByTestId("seller-subtotal").textContent)).toBe("Subtotal penjual: Rp 700.000");
  });

  it("tells the shopper a piece is no longer available, only on that line", () => {
    const withGone: SellerGroup[] = [groups[0], { seller: null, lines: [{ ...line("c", "Sarung lama", 100000, 1), unavailable: true }], subtotal: 100000 }];
    render(<SellerGroups groups={withGone} currency="idr" locale="en" t={createTranslator("en")} />);
    expect(screen.getAllByTestId("line-unavailable").map((e) => e.textContent)).toEqual([
      "Not available right now: its workshop is not selling at the moment. Remove it to check out.",
    ]);
  });

  it("shows dollars with cents for English shoppers in the International region", () => {
    const usd = [{ ...groups[0], lines: [line("a", "Jlamprang cloth", 95, 1)], subtotal: 95 }];
    render(<SellerGroups groups={usd} currency="usd" locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("seller-group-name").textContent).toBe("From Batik Sekar");
    expect(screen.getByTestId("line-total").textContent).toBe("US$95.00");
  });
});

describe("Totals", () => {
  it("says shipping is calculated later until it is chosen, then adds it", () => {
    const t = createTranslator("id");
    const { rerender } = render(<Totals itemSubtotal={2200000} shippingTotal={0} taxTotal={0} total={2200000} currency="idr" locale="id" t={t} shippingChosen={false} />);
    expect(screen.getByTestId("total-shipping").textContent).toBe("Dihitung saat checkout");
    rerender(<Totals itemSubtotal={2200000} shippingTotal={25000} taxTotal={0} total={2225000} currency="idr" locale="id" t={t} shippingChosen />);
    expect(norm(screen.getByTestId("total-shipping").textContent)).toBe("Rp 25.000");
    expect(norm(screen.getByTestId("total-grand").textContent)).toBe("Rp 2.225.000");
  });
});
