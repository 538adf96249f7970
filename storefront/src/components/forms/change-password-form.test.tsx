import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { ChangePasswordForm } from "./change-password-form";
import type { FormAction } from "@/lib/result";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const submit = async () => {
  await act(async () => {
    fireEvent.submit(screen.getByTestId("change-password"));
  });
};
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe("change password form", () => {
  it("sends the three passwords with the actor and locale, and confirms the change", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({ ok: true, data: null });
    renderInLocale(<ChangePasswordForm locale="en" actor="seller" action={action} />, "en");
    type("current-password", "kain-sogan-lama-1");
    type("new-password", "parang-rusak-baru-7");
    type("new-password-confirm", "parang-rusak-baru-7");
    await submit();
    const fd = action.mock.calls[0][1];
    expect([fd.get("current_password"), fd.get("new_password"), fd.get("new_password_confirm"), fd.get("actor"), fd.get("locale")])
      .toEqual(["kain-sogan-lama-1", "parang-rusak-baru-7", "parang-rusak-baru-7", "seller", "en"]);
    expect(screen.getByTestId("change-password-done").textContent).toBe("Your password has been changed. Use the new one next time you sign in.");
  });

  it("shows a wrong current password on its field, in Indonesian", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({
      ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { current_password: "errors:current_password_wrong" },
    });
    renderInLocale(<ChangePasswordForm locale="id" actor="customer" action={action} />, "id");
    await submit();
    const field = screen.getByTestId("current-password");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(field.getAttribute("aria-describedby")!.split(" ").find((id) => document.getElementById(id)?.textContent?.includes("salah"))!)?.textContent)
      .toContain("Kata sandi saat ini salah.");
    expect(screen.queryByTestId("change-password-done")).toBeNull();
  });
});
