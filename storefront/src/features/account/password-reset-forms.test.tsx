import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { ForgotPasswordForm, ResetPasswordForm } from "./password-reset-forms";
import { CustomerLoginForm } from "./account-forms";
import type { FormAction } from "@/lib/result";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const submit = async (testId: string) => {
  await act(async () => {
    fireEvent.submit(screen.getByTestId(testId));
  });
};

describe("shopper login form", () => {
  it("offers shoppers a way back in when the password is forgotten (the workshop's is in seller-portal/login-form.test)", () => {
    renderInLocale(<CustomerLoginForm locale="en" action={vi.fn()} />, "en");
    const shopper = screen.getByTestId("login-forgot-link");
    expect([shopper.getAttribute("href"), shopper.textContent]).toEqual(["/en/account/forgot-password", "Forgot your password?"]);
  });
});

describe("forgot password form", () => {
  it("sends the email with the actor and says the same thing whatever the address, with the link's lifetime", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({ ok: true, data: null });
    renderInLocale(<ForgotPasswordForm locale="en" actor="seller" action={action} />, "en");
    fireEvent.change(screen.getByTestId("forgot-email"), { target: { value: "siti@example.com" } });
    await submit("forgot-password");
    const fd = action.mock.calls[0][1];
    expect([fd.get("email"), fd.get("actor"), fd.get("locale")]).toEqual(["siti@example.com", "seller", "en"]);
    expect(screen.getByTestId("reset-sent").textContent).toBe(
      "If an account exists for this address, we sent a link to it. The link is valid for 15 minutes. Check your spam folder too.",
    );
    expect(screen.queryByTestId("forgot-email")).toBeNull();
  });

  it("shows a malformed address on its field in Indonesian and keeps what was typed", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({
      ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { email: "errors:email_format" }, values: { email: "siti@" },
    });
    renderInLocale(<ForgotPasswordForm locale="id" actor="customer" action={action} />, "id");
    await submit("forgot-password");
    expect(screen.getByTestId("field-error-email").textContent).toBe("Alamat email tidak valid.");
    expect(screen.getByTestId("forgot-email").getAttribute("aria-invalid")).toBe("true");
    expect((screen.getByTestId("forgot-email") as HTMLInputElement).value).toBe("siti@");
    expect(screen.queryByTestId("reset-sent")).toBeNull();
  });
});

describe("reset password form", () => {
  it("posts the token and actor, and shows the backend's password error and a mismatch on their fields in English", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({
      ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { password: "errors:password_too_common", password_confirm: "shop:errors.passwordMismatch" },
    });
    renderInLocale(<ResetPasswordForm locale="en" actor="customer" token="a.b.c" action={action} />, "en");
    await submit("reset-password");
    const fd = action.mock.calls[0][1];
    expect([fd.get("token"), fd.get("actor"), fd.get("locale")]).toEqual(["a.b.c", "customer", "en"]);
    expect(screen.getByTestId("field-error-password").textContent).toBe("This password is too common and easy to guess. Choose another one.");
    expect(screen.getByTestId("field-error-password_confirm").textContent).toBe("The two passwords do not match.");
    expect(screen.queryByTestId("reset-request-again")).toBeNull();
  });

  it("says an expired or used link cannot be used and offers the seller a new one, in Indonesian", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({ ok: false, errorKey: "shop:errors.resetLinkInvalid" });
    renderInLocale(<ResetPasswordForm locale="id" actor="seller" token="a.b.c" action={action} />, "id");
    await submit("reset-password");
    expect(screen.getByTestId("reset-error").textContent).toBe("Tautan ini sudah kedaluwarsa, sudah dipakai, atau tidak lengkap. Minta tautan baru.");
    expect(screen.getByTestId("reset-request-again").getAttribute("href")).toBe("/id/seller/forgot-password");
  });

  it("confirms the new password with a link to the right login page", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({ ok: true, data: null });
    renderInLocale(<ResetPasswordForm locale="en" actor="seller" token="a.b.c" action={action} />, "en");
    await submit("reset-password");
    expect(screen.getByTestId("reset-done").textContent).toBe("Your password has been changed. Please log in with your new password.");
    const login = screen.getByTestId("reset-login-link");
    expect([login.getAttribute("href"), login.textContent]).toEqual(["/en/seller/login", "Log in to the seller portal"]);
  });
});
