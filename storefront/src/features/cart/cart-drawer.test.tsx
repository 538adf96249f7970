import { afterEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { toShopCart } from "@/lib/shop/cart";
import { toProductInfo } from "@/lib/shop/lines";
import { CartDrawer } from "./cart-drawer";

const cart = toShopCart({
  id: "cart_1", currency_code: "idr", item_subtotal: 2200000, total: 2200000,
  items: [
    { id: "li_1", product_id: "p1", variant_id: "v1", product_title: "Kain Jlamprang", quantity: 1, unit_price: 1500000, total: 1500000 },
    { id: "li_2", product_id: "p2", variant_id: "v2", product_title: "Kemeja Buketan", quantity: 2, unit_price: 350000, total: 700000 },
  ],
}, toProductInfo([
  { id: "p1", seller: { id: "s1", handle: "batik-sekar", name: "Batik Sekar" }, variants: [] },
  { id: "p2", seller: { id: "s2", handle: "batik-kauman", name: "Batik Kauman" }, variants: [] },
]));

afterEach(() => vi.unstubAllGlobals());

describe("CartDrawer", () => {
  it("is a link to the cart page that, with JavaScript, opens the cart grouped by workshop", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ cart }), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    renderInLocale(<CartDrawer locale="id" count={3} />, "id");
    const link = screen.getByTestId("cart-link");
    expect(link.getAttribute("href")).toBe("/id/cart");
    expect(screen.getByTestId("cart-count").textContent).toBe("3");
    await act(async () => {
      fireEvent.click(link);
    });
    await waitFor(() => expect(screen.getAllByTestId("cart-drawer-group")).toHaveLength(2));
    expect(fetch).toHaveBeenCalledWith("/id/cart/drawer", { cache: "no-store" });
    expect(screen.getAllByTestId("cart-drawer-group").map((g) => g.querySelector("p")?.textContent)).toEqual(["Dari Batik Sekar", "Dari Batik Kauman"]);
    expect(screen.getByTestId("cart-drawer-subtotal").textContent?.replace(/\s/g, " ")).toBe("Subtotal: Rp 2.200.000");
    expect(link.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(screen.getByTestId("cart-drawer-close"));
    expect(screen.queryByTestId("cart-drawer")).toBeNull();
  });

  it("says when the shop cannot be reached", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 502 })));
    renderInLocale(<CartDrawer locale="en" count={1} />, "en");
    await act(async () => {
      fireEvent.click(screen.getByTestId("cart-link"));
    });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("The shop cannot be reached right now. Please try again in a moment."));
  });
});
