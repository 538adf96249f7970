import { describe, expect, it } from "vitest";
import { toBuyableVariants, toPaymentProviders, toSellerShipping, toShopCart } from "./cart";
import { toProductInfo } from "./lines";

const products = [
  { id: "prod_a", seller: { id: "sel_1", handle: "batik-sekar", name: "Batik Sekar" }, variants: [{ id: "var_a", manage_inventory: true, inventory_quantity: 2 }] },
  { id: "prod_b", seller: { id: "sel_2", handle: "batik-kauman", name: "Batik Kauman" }, variants: [{ id: "var_b", manage_inventory: false, inventory_quantity: 0 }] },
  { id: "prod_c", seller: { id: "sel_1", handle: "batik-sekar", name: "Batik Sekar" }, variants: [{ id: "var_c", manage_inventory: true, inventory_quantity: -3 }] },
];

const rawCart = {
  id: "cart_1", currency_code: "IDR", region_id: "reg_id", email: null,
  region: { countries: [{ iso_2: "id" }] },
  items: [
    { id: "li_1", product_id: "prod_a", variant_id: "var_a", product_title: "Kain Jlamprang", variant_title: "Biru", quantity: 1, unit_price: 1500000, total: 1500000, product_handle: "kain-jlamprang" },
    { id: "li_2", product_id: "prod_b", variant_id: "var_b", product_title: "Kemeja Buketan", quantity: 2, unit_price: 350000, total: 700000 },
    { id: "li_3", product_id: "prod_c", variant_id: "var_c", product_title: "Selendang Sogan", quantity: 1, unit_price: 450000 },
    { id: "li_4", product_id: "prod_gone", variant_id: "var_x", product_title: "Sarung lama", quantity: 1, unit_price: 100000, total: 100000 },
  ],
  item_subtotal: 2750000, shipping_total: 25000, tax_total: 0, total: 2775000,
  shipping_methods: [{ shipping_option_id: "so_1" }],
  shipping_address: { first_name: "Siti", address_1: "Jl. Hayam Wuruk 1", city: "Kota Pekalongan", postal_code: "51111", country_code: "ID", province: "id-jt",
    metadata: { kelurahan: "Kauman", kecamatan: "Pekalongan Timur" } },
};

describe("toShopCart", () => {
  const cart = toShopCart(rawCart, toProductInfo(products))!;

  it("groups the lines by the seller who made them, unknown sellers last", () => {
    expect(cart.groups.map((g) => g.seller?.name ?? null)).toEqual(["Batik Sekar", "Batik Kauman", null]);
    expect(cart.groups[0].lines.map((l) => l.title)).toEqual(["Kain Jlamprang", "Selendang Sogan"]);
    expect(cart.groups[0].subtotal).toBe(1500000 + 450000);
    expect(cart.groups[1].subtotal).toBe(700000);
    expect(cart.groups[2].lines.map((l) => l.id)).toEqual(["li_4"]);
  });

  it("limits each line by the stock of its variant (none for untracked, never below 0)", () => {
    const byId = Object.fromEntries(cart.groups.flatMap((g) => g.lines).map((l) => [l.id, l.maxQuantity]));
    expect(byId).toEqual({ li_1: 2, li_2: null, li_3: 0, li_4: null });
  });

  it("keeps the totals, currency, count, chosen shipping and the Indonesian address parts", () => {
    expect(cart).toMatchObject({
      currency: "idr", itemCount: 5, itemSubtotal: 2750000, shippingTotal: 25000, total: 2775000, shippingOptionId: "so_1", countries: ["id"],
    });
    expect(cart.shippingAddress).toMatchObject({ countryCode: "id", kelurahan: "Kauman", kecamatan: "Pekalongan Timur", province: "id-jt" });
  });

  it("marks a line whose piece the store no longer offers (its workshop suspended) as unavailable", () => {
    const byId = Object.fromEntries(cart.groups.flatMap((g) => g.lines).map((l) => [l.id, l.unavailable]));
    expect(byId).toEqual({ li_1: false, li_2: false, li_3: false, li_4: true });
  });

  it("falls back to unit price × quantity when the line has no total", () => {
    expect(cart.groups[0].lines[1].total).toBe(450000);
  });
});

describe("what the checkout and the product page read about a cart", () => {
  it("reads each workshop's shipping options and its choice, skipping groups without a profile", () => {
    const raw = { sellers: [
      { shipping_profile_id: "sp_1", seller: { id: "sel_1", handle: "batik-sekar", name: "Batik Sekar" },
        options: [{ id: "so_1", name: "JNE REG", amount: 25000 }, { id: "so_2", amount: "x" }, { name: "no id" }],
        chosen: { option_id: "so_1", name: "JNE REG", amount: 25000 } },
      { seller: { id: "sel_2" }, options: [] },
      null,
    ] };
    expect(toSellerShipping(raw)).toEqual([{
      profileId: "sp_1", seller: { id: "sel_1", handle: "batik-sekar", name: "Batik Sekar" },
      options: [{ id: "so_1", name: "JNE REG", amount: 25000 }, { id: "so_2", name: "so_2", amount: null }],
      chosen: { optionId: "so_1", name: "JNE REG", amount: 25000 },
    }]);
    expect(toSellerShipping(null)).toEqual([]);
  });

  it("reads the payment providers' ids", () => {
    expect(toPaymentProviders({ payment_providers: [{ id: "pp_system_default" }, { id: 7 }, null, { id: "pp_stripe_stripe" }] }))
      .toEqual(["pp_system_default", "pp_stripe_stripe"]);
  });

  it("reads a product's variants with stock (none for untracked, never below 0) and price in lower-case currency", () => {
    const product = { variants: [
      { id: "var_a", title: "Biru", manage_inventory: true, inventory_quantity: 3, calculated_price: { calculated_amount: 1500000, currency_code: "IDR" } },
      { id: "var_b", manage_inventory: false, inventory_quantity: 0 },
      { id: "var_c", manage_inventory: true, inventory_quantity: -2 },
      { title: "no id" },
    ] };
    expect(toBuyableVariants(product)).toEqual([
      { id: "var_a", title: "Biru", stock: 3, price: 1500000, currency: "idr" },
      { id: "var_b", title: "", stock: null, price: null, currency: null },
      { id: "var_c", title: "", stock: 0, price: null, currency: null },
    ]);
    expect(toBuyableVariants(undefined)).toEqual([]);
  });
});
