import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { AddAddressForm, CustomerLoginForm, CustomerRegisterForm } from "./account-forms";
import type { FormAction } from "@/lib/result";

const submit = async (testId: string) => {
  await act(async () => {
    fireEvent.submit(screen.getByTestId(testId));
  });
};

describe("account forms", () => {
  it("says a login failed without telling which of email or password was wrong, and keeps the email", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({ ok: false, errorKey: "shop:errors.invalidCredentials", values: { email: "siti@example.com" } });
    renderInLocale(<CustomerLoginForm locale="id" action={action} next="/id/checkout" />, "id");
    await submit("customer-login");
    expect(action.mock.calls[0][1].get("next")).toBe("/id/checkout");
    expect(screen.getByTestId("login-error").textContent).toBe("Email atau kata sandi salah.");
    expect((screen.getByTestId("login-email") as HTMLInputElement).value).toBe("siti@example.com");
  });

  it("shows registration errors on their fields in English", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({
      ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { password: "errors:too_short", email: "errors:email_format" }, values: { email: "x@", first_name: "Emma" },
    });
    renderInLocale(<CustomerRegisterForm locale="en" action={action} />, "en");
    await submit("customer-register");
    expect(screen.getByTestId("field-error-password").textContent).toBe("Too short.");
    expect(screen.getByTestId("field-error-email").textContent).toBe("The email address is not valid.");
    expect((screen.getByTestId("register-first-name") as HTMLInputElement).value).toBe("Emma");
  });

  it("adds an international address with the form kind and the allowed countries, and confirms it", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({ ok: true, data: null });
    renderInLocale(<AddAddressForm form="international" countries={["us", "gb"]} locale="en" action={action} />, "en");
    await submit("address-add");
    const fd = action.mock.calls[0][1];
    expect([fd.get("form"), fd.get("countries")]).toEqual(["international", "us,gb"]);
    expect(screen.getByTestId("address-saved").textContent).toBe("Address saved.");
  });
});
