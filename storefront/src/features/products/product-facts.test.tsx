import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { toMoreFacts } from "@/lib/product-facts";
import { ProductFacts } from "./product-facts";
import { tulisDetail } from "@/test/fixtures";

describe("production facts", () => {
  it("labels the dyes in plain visible text as declared by the workshop, not as a checked or eco claim", () => {
    const { unmount } = render(<ProductFacts facts={tulisDetail.facts} locale="id" t={createTranslator("id")} />);
    expect(screen.getByTestId("fact-dyeFamily").textContent).toBe("Pewarna (dinyatakan penjual)Pewarna alam");
    expect(screen.getByTestId("fact-naturalDyes").querySelector("dt")!.textContent).toBe("Pewarna alam (dinyatakan penjual)");
    expect(screen.getByTestId("fact-dyeFamily").getAttribute("title")).toBeNull();
    unmount();
    render(<ProductFacts facts={tulisDetail.facts} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("fact-dyeFamily").textContent).toBe("Dyes (declared by the workshop)Natural dyes");
    expect(screen.getByTestId("fact-naturalDyes").querySelector("dt")!.textContent).toBe("Natural dyes (declared by the workshop)");
  });

  it("lists fixers, fibres, kelurahan, artisans and the HS code in plain language", () => {
    const more = toMoreFacts({
      fixers: ["tawas", "bogus"], fibre_composition: [{ fibre: "cotton", percent: 100 }], origin_kelurahan: "Kauman",
      artisans: ["Bu Sri (demo)"], hs_code: "520852",
    });
    render(<ProductFacts facts={tulisDetail.facts} more={more} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("fact-fixers").textContent).toBe("FixersAlum (tawas)") // "bogus" is dropped;
    expect(screen.getByTestId("fact-fibres").textContent).toContain("Cotton 100%");
    expect(screen.getByTestId("fact-kelurahan").textContent).toContain("Kauman");
    expect(screen.getByTestId("fact-artisans").textContent).toContain("Bu Sri (demo)");
    expect(screen.getByTestId("fact-hsCode").textContent).toContain("520852");
  });

  it("leaves the rows out when the product has no such facts", () => {
    render(<ProductFacts facts={tulisDetail.facts} locale="id" t={createTranslator("id")} />);
    expect(screen.queryByTestId("fact-fibres")).toBeNull();
    expect(screen.queryByTestId("fact-hsCode")).toBeNull();
  });
});
