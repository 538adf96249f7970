import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBackend, fakeCookieJar, form } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: (to: string) => { throw new Error(`REDIRECT ${to}`); } }));

const { placeOrder, saveCheckoutAddress, startCardPayment } = await import("./checkout");

const CART = "/store/carts/cart_1?fields=%2Bitems.total%2C%2Bitems.subtotal%2C%2Bshipping_methods.name";
const cart = {
  id: "cart_1", region: { countries: [{ iso_2: "id" }] }, payment_collection: null, customer: null,
  items: [
    { id: "li_1", variant_id: "var_a", product_title: "Kain Jlamprang" },
    { id: "li_2", variant_id: "var_b", product_title: "Kemeja Buketan" },
  ],
};

let backend: ReturnType<typeof fakeBackend>;
beforeEach(() => {
  process.env.MEDUSA_BACKEND_URL = "http://backend.test";
  process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test";
  jar.current = fakeCookieJar();
  jar.current.set("canting_cart_indonesia", "cart_1");
  jar.current.set("canting_cart_count_indonesia", "2");
  backend = fakeBackend();
  vi.stubGlobal("fetch", backend.fetch);
});
afterEach(() => vi.unstubAllGlobals());

const payWithBankTransfer = () => backend
  .on("GET " + CART, { status: 200, body: { cart } })
  .on("POST /store/payment-collections", { status: 200, body: { payment_collection: { id: "pay_col_1" } } })
  .on("POST /store/payment-collections/pay_col_1/payment-sessions", { status: 200, body: { payment_collection: { id: "pay_col_1" } } });

describe("placeOrder", () => {
  it("pays by bank transfer, completes the cart, forgets it and shows the confirmation", async () => {
    payWithBankTransfer().on("POST /store/carts/cart_1/complete", { status: 200, body: { type: "order", order: { id: "order_1" } } });
    await expect(placeOrder(null, form({ locale: "id", provider_id: "pp_system_default" }))).rejects.toThrow("REDIRECT /id/order/confirmed/order_1?payment=pp_system_default");
    expect(backend.calls.map((c) => `${c.method} ${c.path.split("?")[0]}`)).toEqual([
      "GET /store/carts/cart_1", "POST /store/payment-collections", "POST /store/payment-collections/pay_col_1/payment-sessions", "POST /store/carts/cart_1/complete",
    ]);
    expect(backend.calls[1].body).toEqual({ cart_id: "cart_1" });
    expect(backend.calls[2].body).toEqual({ provider_id: "pp_system_default" });
    expect(backend.calls[0].headers["x-publishable-api-key"]).toBe("pk_test");
    expect(jar.current!.get("canting_cart_indonesia")).toBeUndefined();
    expect(jar.current!.get("canting_cart_count_indonesia")).toBeUndefined();
  });

  it("keeps the cart and names the piece when the last unit sold out meanwhile (409 sold_out)", async () => {
    payWithBankTransfer().on("POST /store/carts/cart_1/complete", {
      status: 409, body: { type: "not_allowed", code: "sold_out", message: "Habis terjual.", errors: [{ field: "items", code: "sold_out" }], shortages: [{ variant_id: "var_b", requested: 1, available: 0 }] },
    });
    const result = await placeOrder(null, form({ locale: "id", provider_id: "pp_system_default" }));
    expect(result).toEqual({ ok: false, errorKey: "shop:errors.soldOutNamed", params: { titles: "Kemeja Buketan" }, detail: "Habis terjual." });
    expect(jar.current!.get("canting_cart_indonesia")?.value).toBe("cart_1");
  });

  it("keeps the cart and says why when the payment is refused", async () => {
    payWithBankTransfer().on("POST /store/carts/cart_1/complete", { status: 200, body: { type: "cart", cart: { id: "cart_1" }, error: { message: "Payment authorization failed" } } });
    const result = await placeOrder(null, form({ locale: "id", provider_id: "pp_system_default" }));
    expect(result).toEqual({ ok: false, errorKey: "shop:errors.paymentFailed", detail: "Payment authorization failed" });
    expect(jar.current!.get("canting_cart_indonesia")?.value).toBe("cart_1");
  });

  it("refuses an unknown payment provider without calling the backend", async () => {
    const result = await placeOrder(null, form({ locale: "id", provider_id: "pp_evil" }));
    expect(result).toMatchObject({ ok: false, errorKey: "shop:errors.choosePayment", fieldErrors: { provider_id: "errors:required" } });
    expect(backend.calls).toEqual([]);
  });
});

describe("card payments", () => {
  it("opens a Stripe session and answers its client secret", async () => {
    backend
      .on("GET " + CART, { status: 200, body: { cart } })
      .on("POST /store/payment-collections", { status: 200, body: { payment_collection: { id: "pay_col_1" } } })
      .on("POST /store/payment-collections/pay_col_1/payment-sessions", {
        status: 200, body: { payment_collection: { id: "pay_col_1", payment_sessions: [{ provider_id: "pp_stripe_stripe", data: { client_secret: "pi_9_secret_x" } }] } },
      });
    expect(await startCardPayment(null, form({ locale: "id" }))).toEqual({ ok: true, data: { clientSecret: "pi_9_secret_x" } });
    expect(backend.calls.at(-1)?.body).toEqual({ provider_id: "pp_stripe_stripe" });
  });

  it("will not place a card order from a plain form post (Stripe.js must confirm the card first)", async () => {
    expect(await placeOrder(null, form({ locale: "id", provider_id: "pp_stripe_stripe" }))).toEqual({ ok: false, errorKey: "shop:errors.cardNeedsScript" });
    expect(backend.calls).toEqual([]);
  });
});

describe("saveCheckoutAddress", () => {
  const address = {
    locale: "id", email: "siti@example.com", first_name: "Siti", phone: "081234567890", address_1: "Jl. Hayam Wuruk 12",
    kelurahan: "Kauman", kecamatan: "Pekalongan Timur", city: "Kota Pekalongan", province: "id-jt", postal_code: "51128",
  };

  it("stores email, shipping and billing address on the cart", async () => {
    backend.on("GET " + CART, { status: 200, body: { cart } }).on("POST /store/carts/cart_1", { status: 200, body: { cart } });
    expect(await saveCheckoutAddress(null, form(address))).toEqual({ ok: true, data: null });
    const body = backend.calls[1].body as Record<string, { postal_code?: string; country_code?: string }>;
    expect(body.email).toBe("siti@example.com");
    expect(body.shipping_address).toMatchObject({ postal_code: "51128", country_code: "id", province: "id-jt" });
    expect(body.billing_address).toEqual(body.shipping_address);
  });

  it("answers a bad postcode per field without calling the backend's cart update", async () => {
    backend.on("GET " + CART, { status: 200, body: { cart } });
    const result = await saveCheckoutAddress(null, form({ ...address, postal_code: "511" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { postal_code: "errors:postcode_format" }, values: { postal_code: "511" } });
    expect(backend.calls.map((c) => c.method)).toEqual(["GET"]);
  });

  it("puts the backend's field errors on the form's inputs (shipping_address.postal_code → postal_code)", async () => {
    backend.on("GET " + CART, { status: 200, body: { cart } }).on("POST /store/carts/cart_1", {
      status: 400, body: { type: "invalid_data", message: "…", errors: [{ field: "shipping_address.postal_code", code: "postcode_format" }] },
    });
    const result = await saveCheckoutAddress(null, form(address));
    expect(result).toMatchObject({ ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { postal_code: "errors:postcode_format" } });
  });
});
