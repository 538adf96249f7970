import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { tulisDetail } from "@/test/fixtures";
import { toProduct } from "@/lib/adapter";
import { ProductDetail } from "./product-detail";

describe("ProductDetail", () => {
  it("shows the title, technique, maker and facts in Indonesian", () => {
    render(<ProductDetail product={tulisDetail} locale="id" t={createTranslator("id")} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Kain Jlamprang Indigo");
    expect(screen.getByTestId("technique-label").textContent).toBe("Batik tulis");
    expect(screen.getByTestId("seller-link").getAttribute("href")).toBe("/id/sellers/batik-kauman");
    expect(screen.getByTestId("fact-size").textContent).toContain("250 × 115 cm");
    expect(screen.getByTestId("fact-size").textContent).not.toContain("inci");
    expect(screen.getByTestId("fact-fabric").textContent).toContain("Mori primissima");
    expect(screen.getByTestId("demo-notice")).toBeTruthy();
    expect(screen.queryByTestId("imitation-notice")).toBeNull();
  });

  it("adds inches for English shoppers", () => {
    render(<ProductDetail product={tulisDetail} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("fact-size").textContent).toContain("250 × 115 cm (98.4 × 45.3 in)");
  });

  it("explains why a print is not batik", () => {
    const print = { ...tulisDetail, technique: "tiruan_batik_printing" as const,
      facts: { ...tulisDetail.facts, technique: "tiruan_batik_printing" as const } };
    render(<ProductDetail product={print} locale="id" t={createTranslator("id")} />);
    const notice = screen.getByTestId("imitation-notice");
    expect(notice.textContent).toContain("Kain ini bukan batik");
    expect(notice.textContent).toContain("SNI 8184");
  });

  it("shows Indonesian text the seller has not translated yet with lang=id and a note, in English", () => {
    // As /store/products answers for locale=en-US when the seller wrote no English copy.
    const raw = { id: "prod_1", handle: "kain-jlamprang", title: "Kain Jlamprang Indigo", description: "Dilukis tangan.",
      translated: { title: false, subtitle: true, description: false }, metadata: { technique: "batik_tulis" } };
    const product = toProduct(raw)!;
    expect(product.untranslated).toBe(true);
    render(<ProductDetail product={product} locale="en" t={createTranslator("en")} />);
    const title = screen.getByRole("heading", { level: 1 });
    expect(title.textContent).toBe("Kain Jlamprang Indigo");
    expect(title.getAttribute("lang")).toBe("id");
    expect(screen.getByText("Dilukis tangan.").getAttribute("lang")).toBe("id");
    // One note for the page, in the shopper's language.
    expect(screen.getAllByTestId("untranslated-note").map((n) => n.textContent))
      .toEqual(["The seller has not written this in English yet; it is shown in Indonesian."]);
  });

  it("marks only the description when the title is translated and the description is not", () => {
    const product = { ...tulisDetail, title: "Indigo Jlamprang Cloth", translated: { title: true, subtitle: true, description: false } };
    render(<ProductDetail product={product} locale="en" t={createTranslator("en")} />);
    expect(screen.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull();
    expect(screen.getByText("Dilukis tangan.").getAttribute("lang")).toBe("id");
    expect(screen.getAllByTestId("untranslated-note")).toHaveLength(1);
  });

  it("shows no note when the English copy is there", () => {
    const product = toProduct({ id: "prod_1", handle: "h", title: "Indigo Jlamprang Cloth", translated: { title: true, subtitle: true, description: true } })!;
    render(<ProductDetail product={product} locale="en" t={createTranslator("en")} />);
    expect(screen.queryByTestId("untranslated-note")).toBeNull();
    expect(screen.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull();
  });
});
