import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { printed, tulis } from "@/test/fixtures";
import { ProductCard } from "./product-card";

const plain = (s: string | null) => (s ?? "").replace(/\u00a0|\u202f/g, " ");

describe("ProductCard", () => {
  it("labels hand-drawn batik in Indonesian and links to the product page", () => {
    render(<ProductCard product={tulis} locale="id" t={createTranslator("id")} />);
    const card = screen.getByTestId("product-card");
    expect(within(card).getByTestId("technique-label").textContent).toBe("Batik tulis");
    expect(within(card).getByRole("link").getAttribute("href")).toBe("/id/products/kain-jlamprang-indigo");
    expect(plain(within(card).getByTestId("price").textContent)).toBe("Rp 350.000");
    expect(within(card).queryByTestId("imitation-notice")).toBeNull();
  });

  it("labels the same cloth in English for English shoppers", () => {
    render(<ProductCard product={tulis} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("technique-label").textContent).toBe("Hand-drawn batik (tulis)");
    expect(screen.getByRole("link").getAttribute("href")).toBe("/en/products/kain-jlamprang-indigo");
  });

  it("marks a batik-pattern print as not batik", () => {
    render(<ProductCard product={printed} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("technique-label").textContent).toMatch(/not batik/i);
    expect(screen.getByTestId("imitation-notice").textContent).toBe("Not batik (SNI 8184)");
    expect(screen.getByTestId("price").textContent).toBe("US$24.50");
  });

  it("marks it as not batik in Indonesian too", () => {
    render(<ProductCard product={printed} locale="id" t={createTranslator("id")} />);
    expect(screen.getByTestId("imitation-notice").textContent).toBe("Bukan batik (SNI 8184)");
  });
});
