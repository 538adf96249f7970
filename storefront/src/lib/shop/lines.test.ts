import { describe, expect, it } from "vitest";
import { toShopCart } from "./cart";
import { toLine, toProductInfo, toTotals } from "./lines";
import { toShopOrder } from "./orders";

const info = toProductInfo([
  { id: "prod_a", seller: { id: "sel_1", handle: "batik-sekar", name: "Batik Sekar" }, variants: [{ id: "var_a", manage_inventory: true, inventory_quantity: 1 }] },
]);
const items = [
  { id: "li_1", product_id: "prod_a", variant_id: "var_a", product_title: "Kain Jlamprang", quantity: 2, unit_price: "1500000", product_handle: "kain-jlamprang" },
  { id: "li_2", product_id: "prod_gone", variant_id: "var_x", title: "Sarung lama", quantity: 1, unit_price: 100000, total: 90000 },
];
const totals = { currency_code: "IDR", item_total: 3090000, shipping_total: "25000", tax_total: 0, total: 3115000,
  shipping_address: { address_1: "Jl. Hayam Wuruk 1", country_code: "ID", metadata: { kecamatan: "Pekalongan Timur" } } };

describe("toTotals", () => {
  it("reads the same totals for a cart and an order, falling back to the lines' sum for the items", () => {
    const lines = items.map((i) => toLine(i, info)!);
    expect(toTotals(totals, lines, info)).toMatchObject({
      currency: "idr", itemCount: 3, itemSubtotal: 3090000, shippingTotal: 25000, taxTotal: 0, total: 3115000,
      shippingAddress: { address1: "Jl. Hayam Wuruk 1", countryCode: "id", kecamatan: "Pekalongan Timur" },
    });
    expect(toTotals({}, lines, info)).toMatchObject({ currency: "idr", itemSubtotal: 3000000 + 90000, shippingTotal: 0, total: 0, shippingAddress: null });
  });

  it("gives a cart and its order the same totals and seller groups", () => {
    const cart = toShopCart({ id: "cart_1", items, ...totals }, info)!;
    const order = toShopOrder({ id: "order_1", display_id: 7, items, ...totals }, info)!;
    const shared = ["currency", "itemCount", "itemSubtotal", "shippingTotal", "taxTotal", "total", "shippingAddress"] as const;
    for (const key of shared) expect(order[key]).toEqual(cart[key]);
    expect(order.groups.map((g) => [g.seller?.name ?? null, g.subtotal])).toEqual([["Batik Sekar", 3000000], [null, 90000]]);
    expect(order.displayId).toBe("7");
  });
});

describe("toLine", () => {
  it("limits a cart line by stock and marks a piece the store no longer offers; an order's lines are neither", () => {
    expect(toLine(items[0], info)).toMatchObject({ maxQuantity: 1, unavailable: false, total: 3000000, productHandle: "kain-jlamprang" });
    expect(toLine(items[1], info)).toMatchObject({ maxQuantity: null, unavailable: true, title: "Sarung lama", total: 90000 });
    expect(toLine(items[1], null)).toMatchObject({ maxQuantity: null, unavailable: false });
    expect(toLine({ quantity: 1 }, info)).toBeNull();
  });
});
