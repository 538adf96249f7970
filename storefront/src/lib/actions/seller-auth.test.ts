import { describe, expect, it, vi } from "vitest";
import { fakeCookieJar, form, withFakeBackend, type FakeBackend } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current }));
vi.mock("next/navigation", () => ({ redirect: (url: string) => { throw new Error(`REDIRECT ${url}`); } }));

const { registerSeller, loginSeller, logoutSeller } = await import("./seller-auth");

const signup = {
  locale: "id", email: "siti@example.com", password: "rahasia-sekali", name: "Batik Sekar", handle: "Batik-Sekar",
  owner_name: "Siti", phone: "+6281234567890",
};
let backend: FakeBackend;

withFakeBackend(jar, (b) => (backend = b));

describe("registerSeller", () => {
  it("registers, creates the seller with the registration token, logs in and keeps the JWT in an httpOnly cookie", async () => {
    backend
      .on("POST /auth/seller/emailpass/register", { status: 200, body: { token: "reg-token" } })
      .on("POST /sellers", { status: 201, body: { seller: { id: "sel_1", status: "draft" } } })
      .on("POST /auth/seller/emailpass", { status: 200, body: { token: "session-token" } });

    const result = await registerSeller(null, form(signup));

    expect(result).toEqual({ ok: true, data: { redirectTo: "/id/seller/onboarding/business" } });
    expect(backend.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /auth/seller/emailpass/register", "POST /sellers", "POST /auth/seller/emailpass",
    ]);
    const create = backend.calls[1];
    expect(create.headers.authorization).toBe("Bearer reg-token");
    expect(create.headers["x-medusa-locale"]).toBe("id-ID");
    expect(create.headers["x-publishable-api-key"]).toBeUndefined();
    expect(create.body).toEqual({ name: "Batik Sekar", handle: "batik-sekar", owner_name: "Siti", phone: "+6281234567890" });
    expect(jar.current!.values.get("canting_seller_token")).toEqual({
      value: "session-token",
      options: expect.objectContaining({ httpOnly: true, sameSite: "lax", path: "/" }),
    });
  });

  it("answers a taken handle on the handle field and sets no cookie", async () => {
    backend
      .on("POST /auth/seller/emailpass/register", { status: 200, body: { token: "reg-token" } })
      .on("POST /sellers", { status: 400, body: { type: "invalid_data", message: "…", errors: [{ field: "handle", code: "handle_taken", message: "…" }] } });

    const result = await registerSeller(null, form(signup));

    expect(result).toEqual({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { handle: "errors:handle_taken" } });
    expect(jar.current!.values.size).toBe(0);
  });

  it("lets a person whose earlier attempt stopped after the account step try again", async () => {
    backend
      .on("POST /auth/seller/emailpass/register", { status: 401, body: { type: "unauthorized", message: "Identity with email already exists" } })
      .on("POST /auth/seller/emailpass", { status: 200, body: { token: "unlinked-token" } }, { status: 200, body: { token: "session-token" } })
      .on("GET /sellers/me", { status: 401, body: { message: "Unauthorized" } })
      .on("POST /sellers", { status: 201, body: { seller: { id: "sel_1" } } });

    const result = await registerSeller(null, form(signup));

    expect(result.ok).toBe(true);
    expect(backend.calls.find((c) => c.path === "/sellers" && c.method === "POST")?.headers.authorization).toBe("Bearer unlinked-token");
    expect(jar.current!.values.get("canting_seller_token")?.value).toBe("session-token");
  });

  it("says the email is taken when that account already has a shop", async () => {
    backend
      .on("POST /auth/seller/emailpass/register", { status: 401, body: { message: "Identity with email already exists" } })
      .on("POST /auth/seller/emailpass", { status: 200, body: { token: "seller-token" } })
      .on("GET /sellers/me", { status: 200, body: { seller: { id: "sel_1" } } });

    expect(await registerSeller(null, form(signup))).toEqual({
      ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { email: "errors.sellerEmailTaken" },
    });
  });

  it("names every empty field without calling the backend", async () => {
    const result = await registerSeller(null, form({ locale: "en", email: "siti@example.com" }));
    expect(result.ok === false && result.fieldErrors).toEqual({
      password: "errors:required", name: "errors:required", handle: "errors:required", owner_name: "errors:required", phone: "errors:required",
    });
    expect(backend.fetch).not.toHaveBeenCalled();
  });

  it("reports an unreachable backend as such", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("fetch failed")));
    expect(await registerSeller(null, form(signup))).toEqual({ ok: false, errorKey: "errors.backendUnavailable" });
  });
});

describe("loginSeller", () => {
  it("keeps the token and opens the portal, asking in English for English sellers", async () => {
    backend
      .on("POST /auth/seller/emailpass", { status: 200, body: { token: "session-token" } })
      .on("GET /sellers/me", { status: 200, body: { seller: { id: "sel_1" } } });
    const result = await loginSeller(null, form({ locale: "en", email: "siti@example.com", password: "x" }));
    expect(result).toEqual({ ok: true, data: { redirectTo: "/en/seller" } });
    expect(backend.calls[0].headers["x-medusa-locale"]).toBe("en-US");
    expect(jar.current!.values.get("canting_seller_token")?.value).toBe("session-token");
  });

  it("refuses a wrong password", async () => {
    backend.on("POST /auth/seller/emailpass", { status: 401, body: { type: "unauthorized", message: "Invalid email or password" } });
    expect(await loginSeller(null, form({ locale: "id", email: "siti@example.com", password: "salah" })))
      .toEqual({ ok: false, errorKey: "errors.sellerInvalidCredentials" });
    expect(jar.current!.values.size).toBe(0);
  });

  it("explains an account that never got a shop", async () => {
    backend
      .on("POST /auth/seller/emailpass", { status: 200, body: { token: "unlinked-token" } })
      .on("GET /sellers/me", { status: 401, body: { message: "Unauthorized" } });
    expect(await loginSeller(null, form({ locale: "id", email: "a@b.c", password: "x" }))).toEqual({ ok: false, errorKey: "errors.sellerNoStore" });
  });
});

describe("logoutSeller", () => {
  it("clears the cookie and goes to the login page", async () => {
    jar.current!.set("canting_seller_token", "session-token");
    await expect(logoutSeller(form({ locale: "en" }))).rejects.toThrow("REDIRECT /en/seller/login");
    expect(jar.current!.values.has("canting_seller_token")).toBe(false);
  });
});

describe("registerSeller input limits", () => {
  it.each([
    ["20,000 characters", `a@${".".repeat(20_000)}@`],
    ["1 MB", `${"a".repeat(1024 * 1024)}@example.com`],
  ])("refuses a %s email as too long at once, without asking the backend", async (_, email) => {
    const started = performance.now();
    const result = await registerSeller(null, form({ ...signup, email }));
    expect(result).toEqual({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { email: "errors:too_long" } });
    expect(performance.now() - started).toBeLessThan(1000); // a generous guard, not the point of the test
    expect(backend.fetch).not.toHaveBeenCalled();
  });

  it("names a malformed email and an over-long shop name before registering anything", async () => {
    const result = await registerSeller(null, form({ ...signup, email: "siti@example", name: "x".repeat(201) }));
    expect(result).toEqual({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { email: "errors:email_format", name: "errors:too_long" } });
    expect(backend.fetch).not.toHaveBeenCalled();
  });
});
