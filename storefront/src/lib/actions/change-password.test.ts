import { describe, expect, it, vi } from "vitest";
import { fakeCookieJar, form, withFakeBackend, type FakeBackend } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current, headers: async () => new Headers() }));

const { changePassword } = await import("./change-password");

let backend: FakeBackend;
withFakeBackend(jar, (b) => (backend = b));

const good = { locale: "en", current_password: "kain-sogan-lama-1", new_password: "parang-rusak-baru-7", new_password_confirm: "parang-rusak-baru-7" };

describe("changePassword", () => {
  it("sends a shopper's change with the shopper's cookie token to the store route, and a workshop's with the seller's", async () => {
    jar.current!.set("canting_customer_token", "customer-jwt");
    jar.current!.set("canting_seller_token", "seller-jwt");
    backend.on("POST /store/customers/me/password", { status: 200, body: { changed: true } }).on("POST /sellers/me/password", { status: 200, body: { changed: true } });
    expect(await changePassword(null, form({ ...good, actor: "customer" }))).toEqual({ ok: true, data: null });
    expect(await changePassword(null, form({ ...good, actor: "seller" }))).toEqual({ ok: true, data: null });
    expect(backend.calls.map((c) => [c.path, c.headers.authorization])).toEqual([
      ["/store/customers/me/password", "Bearer customer-jwt"], ["/sellers/me/password", "Bearer seller-jwt"],
    ]);
    expect(backend.calls[0].body).toEqual({ current_password: good.current_password, new_password: good.new_password });
  });

  it("names a missing current password, a short new one and a confirmation that differs, without asking the backend", async () => {
    expect(await changePassword(null, form({ locale: "id", actor: "customer", current_password: "", new_password: "pendek", new_password_confirm: "lain" }))).toMatchObject({
      ok: false, fieldErrors: { current_password: "errors:required", new_password: "errors:password_too_short" },
    });
    expect(await changePassword(null, form({ ...good, actor: "customer", new_password_confirm: "parang-rusak-baru-8" }))).toMatchObject({
      ok: false, fieldErrors: { new_password_confirm: "shop:errors.passwordMismatch" },
    });
    expect(backend.fetch).not.toHaveBeenCalled();
  });

  it("shows the backend's field refusal (a wrong current password) on its field, and says when the session is gone or tries ran out", async () => {
    jar.current!.set("canting_customer_token", "customer-jwt");
    backend
      .on("POST /store/customers/me/password", { status: 400, body: { errors: [{ field: "current_password", code: "current_password_wrong" }] } })
      .on("POST /store/customers/me/password", { status: 401, body: { message: "Unauthorized" } })
      .on("POST /store/customers/me/password", { status: 429, body: { code: "rate_limited" } });
    const fd = () => form({ ...good, actor: "customer" });
    expect(await changePassword(null, fd())).toMatchObject({ ok: false, fieldErrors: { current_password: "errors:current_password_wrong" } });
    expect(await changePassword(null, fd())).toMatchObject({ ok: false, errorKey: "shop:errors.sessionExpired" });
    expect(await changePassword(null, fd())).toMatchObject({ ok: false, errorKey: "errors:rate_limited" });
  });

  it("asks a signed-out workshop to sign in again instead of calling the backend without a token", async () => {
    expect(await changePassword(null, form({ ...good, actor: "seller" }))).toEqual({ ok: false, errorKey: "shop:errors.sessionExpired" });
    expect(backend.fetch).not.toHaveBeenCalled();
  });
});
