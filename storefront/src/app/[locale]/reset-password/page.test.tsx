import { describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/actions/password-reset", () => ({ resetPassword: vi.fn() }));
const { default: ResetPasswordPage } = await import("./page");

async function renderReset(locale: "id" | "en", query: Record<string, string>) {
  renderInLocale(await ResetPasswordPage({ params: Promise.resolve({ locale }), searchParams: Promise.resolve(query) }), locale);
}

describe("reset password page", () => {
  it("carries the emailed token and actor into the form and states how long the link works", async () => {
    await renderReset("en", { token: "aaa.bbb-1.c_c", actor: "seller" });
    const form = screen.getByTestId("reset-password") as HTMLFormElement;
    expect([form.elements.namedItem("token"), form.elements.namedItem("actor")].map((e) => (e as HTMLInputElement).value)).toEqual(["aaa.bbb-1.c_c", "seller"]);
    expect(document.body.textContent).toContain("valid for 15 minutes");
  });

  it("asks for a new link at once when the token is missing or not a token, in Indonesian", async () => {
    await renderReset("id", { actor: "customer", token: "<script>" });
    expect(screen.queryByTestId("reset-password")).toBeNull();
    expect(screen.getByTestId("reset-link-invalid").textContent).toMatch(/Minta tautan baru/);
    expect(screen.getByRole("link", { name: "Minta tautan baru" }).getAttribute("href")).toBe("/id/account/forgot-password");
  });
});
