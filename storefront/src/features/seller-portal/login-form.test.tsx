import { describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { LoginForm } from "./login-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

describe("workshop login form", () => {
  it("offers workshops a way back in when the password is forgotten, in the page's language", () => {
    renderInLocale(<LoginForm locale="id" action={vi.fn()} />, "id");
    const seller = screen.getByTestId("login-forgot-link");
    expect([seller.getAttribute("href"), seller.textContent]).toEqual(["/id/seller/forgot-password", "Lupa kata sandi?"]);
  });
});
