import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { printed, tulis } from "@/test/fixtures";
import { ProductCard } from "./product-card";
import { ProductGrid } from "./product-grid";

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

  it("shows the 640 thumbnail in its 4:5 box, lazily, so a card below the fold costs nothing on load", () => {
    render(<ProductCard product={tulis} locale="id" t={createTranslator("id")} />);
    const img = screen.getByTestId("product-card").querySelector("img")!;
    expect(img.getAttribute("src")).toBe("http://localhost:9000/static/jlamprang.jpg");
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["640", "800"]);
    expect(img.getAttribute("loading")).toBe("lazy");
    expect(img.getAttribute("decoding")).toBe("async");
    expect(img.getAttribute("fetchpriority")).toBeNull();
  });

  it("loads a card above the fold at once and first (priority)", () => {
    render(<ProductCard product={tulis} locale="id" t={createTranslator("id")} priority />);
    const img = screen.getByTestId("product-card").querySelector("img")!;
    expect(img.getAttribute("loading")).toBe("eager");
    expect(img.getAttribute("fetchpriority")).toBe("high");
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["640", "800"]);
  });

  it("shows no image at all for an unsafe thumbnail URL", () => {
    render(<ProductCard product={{ ...tulis, thumbnail: "javascript:alert(1)" }} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("product-card").querySelector("img")).toBeNull();
    expect(screen.getByText("No photo yet")).toBeTruthy();
  });
});

describe("ProductGrid", () => {
  it("marks only the first `priority` cards as above the fold", () => {
    const products = [1, 2, 3, 4].map((n) => ({ ...tulis, id: `prod_${n}`, handle: `kain-${n}` }));
    render(<ProductGrid products={products} locale="id" t={createTranslator("id")} emptyText="" priority={2} />);
    const loading = screen.getAllByTestId("product-card").map((card) => card.querySelector("img")!.getAttribute("loading"));
    expect(loading).toEqual(["eager", "eager", "lazy", "lazy"]);
  });
});
