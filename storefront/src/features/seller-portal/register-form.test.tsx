import { describe, expect, it, vi } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { RegisterForm, suggestHandle } from "./register-form";
import type { FormAction } from "@/lib/result";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

function fill(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

function fillAll() {
  fill("register-email", "siti@example.com");
  fill("register-password", "rahasia-sekali");
  fill("register-store-name", "Batik Sekar Jagad");
  fill("register-owner-name", "Siti Aminah");
  fill("register-phone", "+6281234567890");
}

describe("RegisterForm", () => {
  it("shows the backend's 'handle taken' next to the shop address, in Indonesian, and keeps what was typed", async () => {
    const action = vi.fn<FormAction<{ redirectTo: string }>>().mockResolvedValue({
      ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { handle: "errors:handle_taken" },
    });
    renderInLocale(<RegisterForm locale="id" action={action} />);
    fillAll();
    fireEvent.click(screen.getByTestId("register-submit"));

    const error = await screen.findByTestId("field-error-handle");
    expect(error.textContent).toBe("Alamat toko ini sudah dipakai. Pilih yang lain.");
    const handle = screen.getByTestId("register-handle") as HTMLInputElement;
    expect(handle.getAttribute("aria-invalid")).toBe("true");
    expect(handle.getAttribute("aria-describedby")).toContain(error.id);
    expect(handle.value).toBe("batik-sekar-jagad");
    expect((screen.getByTestId("register-email") as HTMLInputElement).value).toBe("siti@example.com");
    expect(screen.getByTestId("form-error").textContent).toContain("Ada isian yang perlu diperbaiki");
    expect(screen.queryByTestId("field-error-email")).toBeNull();

    const sent = action.mock.calls[0][1];
    expect(Object.fromEntries(sent.entries())).toMatchObject({
      locale: "id", email: "siti@example.com", name: "Batik Sekar Jagad", handle: "batik-sekar-jagad", owner_name: "Siti Aminah", phone: "+6281234567890",
    });
    expect(router.push).not.toHaveBeenCalled();
  });

  it("shows the error in English for English sellers", async () => {
    const action = vi.fn<FormAction<{ redirectTo: string }>>().mockResolvedValue({
      ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { email: "errors.sellerEmailTaken" },
    });
    renderInLocale(<RegisterForm locale="en" action={action} />, "en");
    fillAll();
    fireEvent.click(screen.getByTestId("register-submit"));
    expect((await screen.findByTestId("field-error-email")).textContent).toBe("This email is already registered. Log in, or use another email.");
  });

  it("goes on to the first onboarding step once registered", async () => {
    const action = vi.fn<FormAction<{ redirectTo: string }>>().mockResolvedValue({ ok: true, data: { redirectTo: "/id/seller/onboarding/business" } });
    renderInLocale(<RegisterForm locale="id" action={action} />);
    fillAll();
    fireEvent.click(screen.getByTestId("register-submit"));
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/id/seller/onboarding/business"));
  });

  it("suggests a handle from the shop name until the seller edits it", () => {
    expect(suggestHandle("Batik Sekar Jagad!")).toBe("batik-sekar-jagad");
    expect(suggestHandle("  Pesona Kawung — 1985 ")).toBe("pesona-kawung-1985");
    renderInLocale(<RegisterForm locale="id" action={vi.fn()} />);
    fill("register-store-name", "Batik Kauman");
    expect((screen.getByTestId("register-handle") as HTMLInputElement).value).toBe("batik-kauman");
    fill("register-handle", "Kauman-Asli");
    fill("register-store-name", "Batik Kauman Baru");
    expect((screen.getByTestId("register-handle") as HTMLInputElement).value).toBe("kauman-asli");
  });
});
