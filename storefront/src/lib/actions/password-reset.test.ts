import { describe, expect, it, vi } from "vitest";
import { fakeCookieJar, form, withFakeBackend, type FakeBackend } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current, headers: async () => new Headers() }));

const { requestPasswordReset, resetPassword } = await import("./password-reset");

let backend: FakeBackend;
withFakeBackend(jar, (b) => (backend = b));

describe("requestPasswordReset", () => {
  it("asks the actor's reset route with the email as identifier and reports the same success for any address", async () => {
    backend.on("POST /auth/seller/emailpass/reset-password", { status: 201 });
    expect(await requestPasswordReset(null, form({ locale: "en", actor: "seller", email: " siti@example.com " }))).toEqual({ ok: true, data: null });
    expect(backend.calls[0].body).toEqual({ identifier: "siti@example.com" });
  });

  it("takes any other actor for a shopper, and names a malformed email without asking the backend", async () => {
    expect(await requestPasswordReset(null, form({ locale: "id", actor: "user", email: "siti@" }))).toMatchObject({
      ok: false, fieldErrors: { email: "errors:email_format" }, values: { email: "siti@" },
    });
    expect(backend.fetch).not.toHaveBeenCalled();
    backend.on("POST /auth/customer/emailpass/reset-password", { status: 201 });
    await requestPasswordReset(null, form({ locale: "id", actor: "user", email: "siti@example.com" }));
    expect(backend.calls.map((c) => c.path)).toEqual(["/auth/customer/emailpass/reset-password"]);
  });

  it("puts the backend's `identifier` error on the email field, and says when there were too many tries", async () => {
    backend
      .on("POST /auth/customer/emailpass/reset-password", { status: 400, body: { errors: [{ field: "identifier", code: "email_format" }] } })
      .on("POST /auth/customer/emailpass/reset-password", { status: 429, body: { code: "rate_limited" } });
    const fd = () => form({ locale: "id", actor: "customer", email: "siti@example.com" });
    expect(await requestPasswordReset(null, fd())).toMatchObject({ ok: false, fieldErrors: { email: "errors:email_format" } });
    expect(await requestPasswordReset(null, fd())).toMatchObject({ ok: false, errorKey: "errors:rate_limited" });
  });
});

describe("resetPassword", () => {
  const good = { locale: "en", actor: "seller", token: "a.b.c", password: "kain-sogan-baru", password_confirm: "kain-sogan-baru" };

  it("sends the new password with the token as Bearer to the actor's update route", async () => {
    backend.on("POST /auth/seller/emailpass/update", { status: 200, body: { success: true } });
    expect(await resetPassword(null, form(good))).toEqual({ ok: true, data: null });
    expect(backend.calls[0].headers.authorization).toBe("Bearer a.b.c");
    expect(backend.calls[0].body).toEqual({ password: "kain-sogan-baru" });
  });

  it("names a short password and a confirmation that differs, without asking the backend", async () => {
    expect(await resetPassword(null, form({ ...good, password: "pendek", password_confirm: "pendek" }))).toMatchObject({ fieldErrors: { password: "errors:password_too_short" } });
    expect(await resetPassword(null, form({ ...good, password_confirm: "kain-sogan-lain" }))).toMatchObject({ fieldErrors: { password_confirm: "shop:errors.passwordMismatch" } });
    expect(backend.fetch).not.toHaveBeenCalled();
  });

  it("shows the backend's password policy on the field, and a refused token as a link to ask again", async () => {
    backend
      .on("POST /auth/seller/emailpass/update", { status: 400, body: { errors: [{ field: "password", code: "password_too_common" }] } })
      .on("POST /auth/seller/emailpass/update", { status: 401, body: { message: "Invalid token" } });
    expect(await resetPassword(null, form(good))).toMatchObject({ ok: false, fieldErrors: { password: "errors:password_too_common" } });
    expect(await resetPassword(null, form(good))).toEqual({ ok: false, errorKey: "shop:errors.resetLinkInvalid" });
    expect(await resetPassword(null, form({ ...good, token: "" }))).toEqual({ ok: false, errorKey: "shop:errors.resetLinkInvalid" });
  });
});
