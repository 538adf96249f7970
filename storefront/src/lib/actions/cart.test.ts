import { describe, expect, it, vi } from "vitest";
import { fakeCookieJar, form, withFakeBackend, type FakeBackend } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// The store's regions (read through the JS SDK elsewhere): Indonesia in rupiah, International in dollars.
vi.mock("@/lib/data/regions", async (original) => ({
  ...(await original<typeof import("@/lib/data/regions")>()),
  getRegion: async (locale: string) => (locale === "en" ? { id: "reg_usd", name: "International", currency_code: "usd" } : { id: "reg_idr", name: "Indonesia", currency_code: "idr" }),
}));

const { addToCart, updateCartLine } = await import("./cart");

let backend: FakeBackend;
withFakeBackend(jar, (b) => (backend = b));

describe("addToCart", () => {
  it("creates a cart in the locale's region, adds the piece and remembers the cart and its count in cookies", async () => {
    backend
      .on("POST /store/carts", { status: 200, body: { cart: { id: "cart_9", items: [] } } })
      .on("POST /store/carts/cart_9/line-items", { status: 200, body: { cart: { id: "cart_9", items: [{ quantity: 2 }] } } });
    const result = await addToCart(null, form({ locale: "en", variant_id: "var_a", quantity: "2" }));
    expect(result).toEqual({ ok: true, data: { count: 2 } });
    expect(backend.calls.find((c) => c.path === "/store/carts")?.body).toEqual({ region_id: "reg_usd" });
    expect(backend.calls.at(-1)?.body).toEqual({ variant_id: "var_a", quantity: 2 });
    expect(jar.current!.values.get("canting_cart_international")).toMatchObject({ value: "cart_9", options: { httpOnly: true } });
    expect(jar.current!.get("canting_cart_count_international")?.value).toBe("2");
  });

  it("says there is not enough stock when the backend refuses the quantity", async () => {
    jar.current!.set("canting_cart_indonesia", "cart_1");
    backend
      .on("GET /store/carts/cart_1?fields=%2Bitems.total%2C%2Bitems.subtotal%2C%2Bshipping_methods.name", { status: 200, body: { cart: { id: "cart_1", items: [] } } })
      .on("POST /store/carts/cart_1/line-items", {
        status: 400, body: { type: "invalid_data", message: "Stok tidak cukup.", errors: [{ field: "quantity", code: "insufficient_stock" }], shortages: [{ variant_id: "var_a", requested: 5, available: 1 }] },
      });
    const result = await addToCart(null, form({ locale: "id", variant_id: "var_a", quantity: "5" }));
    expect(result).toEqual({ ok: false, errorKey: "shop:errors.notEnoughStock", detail: "Stok tidak cukup." });
  });

  it("refuses a quantity of 0 before calling the backend", async () => {
    const result = await addToCart(null, form({ locale: "id", variant_id: "var_a", quantity: "0" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { quantity: "errors:out_of_range" } });
    expect(backend.calls).toEqual([]);
  });
});

describe("updateCartLine", () => {
  it("removes a line and updates the count", async () => {
    jar.current!.set("canting_cart_indonesia", "cart_1");
    backend.on("DELETE /store/carts/cart_1/line-items/li_1", { status: 200, body: { deleted: true, parent: { id: "cart_1", items: [{ quantity: 1 }] } } });
    const result = await updateCartLine(null, form({ locale: "id", line_id: "li_1", intent: "remove", quantity: "3" }));
    expect(result).toEqual({ ok: true, data: { count: 1 } });
    expect(jar.current!.get("canting_cart_count_indonesia")?.value).toBe("1");
  });
});
