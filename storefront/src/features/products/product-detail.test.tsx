import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { tulisDetail } from "@/test/fixtures";
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
});
