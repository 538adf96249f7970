import { describe, expect, it, vi } from "vitest";
import { fakeCookieJar, form, withFakeBackend, type FakeBackend } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: (url: string) => { throw new Error(`REDIRECT ${url}`); } }));

const { registerCustomer, loginCustomer } = await import("./customer");

const signup = { locale: "id", email: "dewi@example.com", first_name: "Dewi", password: "rahasia-sekali" };
let backend: FakeBackend;

withFakeBackend(jar, (b) => (backend = b));

describe("registerCustomer", () => {
  it("registers, creates the customer, keeps the session in a Lax httpOnly cookie and opens the account", async () => {
    backend
      .on("POST /auth/customer/emailpass/register", { status: 200, body: { token: "reg-token" } })
      .on("POST /store/customers", { status: 200, body: { customer: { id: "cus_1" } } })
      .on("POST /auth/customer/emailpass", { status: 200, body: { token: "session-token" } });
    await expect(registerCustomer(null, form(signup))).rejects.toThrow("REDIRECT /id/account");
    expect(jar.current!.values.get("canting_customer_token")).toEqual({
      value: "session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false, maxAge: 86_400 },
    });
    // The account keeps the language it signed up in: its emails are written in it.
    expect(backend.calls.find((c) => c.path === "/store/customers")?.body).toMatchObject({ email: "dewi@example.com", metadata: { locale: "id" } });
  });

  it.each([
    ["20,000 characters", `a@${".".repeat(20_000)}@`],
    ["1 MB", `${"a".repeat(1024 * 1024)}@example.com`],
  ])("refuses a %s email as too long at once, without asking the backend", async (_, email) => {
    const started = performance.now();
    const result = await registerCustomer(null, form({ ...signup, email }));
    expect(result).toMatchObject({ ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { email: "errors:too_long" } });
    expect(performance.now() - started).toBeLessThan(1000); // a generous guard: the old pattern froze for seconds
    expect(backend.fetch).not.toHaveBeenCalled();
  });

  it("names a malformed email, a missing first name and a short password", async () => {
    // Nine characters: what the hint used to allow (8) and the backend refuses (fewer than 10).
    const result = await registerCustomer(null, form({ locale: "en", email: "dewi@example", first_name: "", password: "ninechars" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { email: "errors:email_format", first_name: "errors:required", password: "errors:password_too_short" },
    });
    expect(backend.fetch).not.toHaveBeenCalled();
  });
});

describe("loginCustomer", () => {
  it("refuses an over-long email without asking the backend", async () => {
    const result = await loginCustomer(null, form({ locale: "id", email: `${"a".repeat(20_000)}@x.id`, password: "x" }));
    expect(result).toMatchObject({ ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { email: "errors:too_long" } });
    expect(backend.fetch).not.toHaveBeenCalled();
  });
});
