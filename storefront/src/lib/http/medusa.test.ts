import { describe, expect, it, vi } from "vitest";
import { fakeCookieJar, withFakeBackend, type FakeBackend } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current, headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }));

const { ApiError, call, orThrow, read } = await import("./medusa");

let backend: FakeBackend;
withFakeBackend(jar, (b) => (backend = b));

describe("call", () => {
  it("answers a refusal with its status and the whole body, errors[] included, instead of throwing", async () => {
    const body = { type: "invalid_data", message: "Kode pos tidak valid.", errors: [{ field: "shipping_address.postal_code", code: "postcode_format" }] };
    backend.on("POST /store/carts/cart_1", { status: 400, body });
    const result = await call("/store/carts/cart_1", { locale: "id", method: "POST", body: { email: "a@b.c" } });
    expect(result).toEqual({ ok: false, status: 400, message: "Kode pos tidak valid.", body });
  });

  it("answers a backend that does not answer as a failure without a status, never a throw", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("fetch failed")));
    await expect(call("/store/regions", { locale: "en" })).resolves.toEqual({ ok: false, message: "fetch failed", body: null });
  });

  it("keeps the status of an error page that is not JSON", async () => {
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" })));
    expect(await call("/sellers/me", { locale: "id", token: "t" })).toEqual({ ok: false, status: 502, message: "Bad Gateway", body: null });
  });

  it("sends a store call in the shopper's language with the publishable key, JSON body and the shopper's address", async () => {
    backend.on("POST /store/carts", { status: 200, body: { cart: { id: "cart_1" } } });
    const result = await call("/store/carts", { locale: "en", method: "POST", body: { region_id: "reg_usd" } });
    expect(result).toEqual({ ok: true, data: { cart: { id: "cart_1" } } });
    const [sent] = backend.calls;
    expect(sent.headers).toMatchObject({
      "x-publishable-api-key": "pk_test", "x-medusa-locale": "en-US", "content-type": "application/json", "x-forwarded-for": "203.0.113.7",
    });
    expect(sent.headers.authorization).toBeUndefined();
    expect(sent.body).toEqual({ region_id: "reg_usd" });
  });

  it("sends a seller call with its bearer token and without the publishable key", async () => {
    backend.on("GET /sellers/me", { status: 200, body: { seller: { id: "sel_1" } } });
    await call("/sellers/me", { locale: "id", token: "seller-jwt" });
    expect(backend.calls[0].headers.authorization).toBe("Bearer seller-jwt");
    expect(backend.calls[0].headers["x-publishable-api-key"]).toBeUndefined();
  });

  it("reads the signed-in shopper's token from its httpOnly cookie on the server when asked to", async () => {
    jar.current!.set("canting_customer_token", "customer-jwt");
    backend.on("GET /store/customers/me", { status: 200, body: { customer: {} } }, { status: 200, body: { customer: {} } });
    await call("/store/customers/me", { locale: "id", token: "shopper" });
    await call("/store/customers/me", { locale: "id" });
    expect(backend.calls.map((c) => c.headers.authorization)).toEqual(["Bearer customer-jwt", undefined]);
  });

  it("encodes the query (a list as repeated keys, nothing for undefined) and forwards multipart bodies as they are", async () => {
    backend.on("GET /store/products?id=p_1&id=p_2&limit=2", { status: 200, body: { products: [] } });
    expect((await call("/store/products", { locale: "id", query: { id: ["p_1", "p_2"], limit: 2, q: undefined } })).ok).toBe(true);
    const upload = new FormData();
    upload.set("kind", "nib");
    backend.on("POST /sellers/me/documents", { status: 201, body: { document: { id: "doc_1" } } });
    await call("/sellers/me/documents", { locale: "id", method: "POST", token: "t", body: upload });
    expect(backend.calls[1].body).toBe(upload);
    expect(backend.calls[1].headers["content-type"]).toBeUndefined();
  });
});

describe("read and orThrow", () => {
  it("reads a public route with the locale as a query parameter too, and throws an ApiError with the status on failure", async () => {
    backend.on("GET /store/regions?limit=50&locale=id-ID", { status: 200, body: { regions: [] } });
    expect(await read("/store/regions", "id", { limit: 50 })).toEqual({ regions: [] });
    backend.on("GET /store/sellers/nobody?locale=en-US", { status: 404, body: { message: "Seller not found" } });
    const error = await read("/store/sellers/nobody", "en").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, message: "Seller not found" });
    expect(() => orThrow({ ok: false, message: "fetch failed", body: null })).toThrow(ApiError);
  });
});

describe("the shared cache of public reads", () => {
  const SECRET = "s".repeat(40);
  /** The fetch options the storefront sent for one read, with REVALIDATE_SECRET as given. */
  async function sentFor(secret: string | undefined, run: () => Promise<unknown>) {
    vi.stubEnv("REVALIDATE_SECRET", secret ?? "");
    const fetch = vi.fn().mockResolvedValue(Response.json({ products: [], regions: [], count: 0 }));
    vi.stubGlobal("fetch", fetch);
    try {
      await run();
    } finally {
      vi.unstubAllEnvs();
    }
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit & { next?: { tags?: string[]; revalidate?: number } }];
    return { url, init, headers: init.headers as Record<string, string> };
  }

  it("keeps listings under the shop tag when the backend can tell it what changed, without the shopper's address", async () => {
    const { init, headers } = await sentFor(SECRET, () => read("/store/products", "id", { limit: 12 }));
    expect(init.cache).toBe("force-cache");
    expect(init.next).toEqual({ tags: ["shop"], revalidate: 300 });
    expect(headers["x-forwarded-for"]).toBeUndefined();
    const regions = await sentFor(SECRET, () => read("/store/regions", "en", { limit: 50 }));
    expect(regions.init.next?.tags).toEqual(["regions"]);
    const seller = await sentFor(SECRET, () => read("/store/sellers/batik-sekar", "en"));
    expect(seller.init.next?.tags).toEqual(["shop"]);
  });

  it("caches nothing when no secret is shared (or it is too short to trust): nobody could expire it", async () => {
    for (const secret of [undefined, "short"]) {
      const { init, headers } = await sentFor(secret, () => read("/store/products", "id"));
      expect(init.cache).toBe("no-store");
      expect(init.next).toBeUndefined();
      expect(headers["x-forwarded-for"]).toBe("203.0.113.7");
    }
  });

  it("never keeps catalog questions, certificates, signed-in calls or writes", async () => {
    const catalog = await sentFor(SECRET, () => read("/store/catalog", "id", { q: "kawung" }));
    expect(catalog.init.cache).toBe("no-store");
    const certificates = await sentFor(SECRET, () => read("/store/certifications", "id", { product_id: "prod_1" }));
    expect(certificates.init.cache).toBe("no-store");
    const own = await sentFor(SECRET, () => call("/store/products", { locale: "id", token: "customer-jwt", cacheTags: ["shop"] }));
    expect(own.init.cache).toBe("no-store");
    const write = await sentFor(SECRET, () => call("/store/products", { locale: "id", method: "POST", body: {}, cacheTags: ["shop"] }));
    expect(write.init.cache).toBe("no-store");
  });
});
