import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";

vi.mock("server-only", () => ({}));
const { default: EcoPage } = await import("./page");

async function renderEco(locale: "id" | "en") {
  render(await EcoPage({ params: Promise.resolve({ locale }) }));
}

describe("eco page", () => {
  it("says shoppers see only certificates Canting checked, names each way a badge can say it was checked, and that a declared claim is not shown", async () => {
    await renderEco("en");
    expect(document.querySelector(".guide__lead")!.textContent).toMatch(/see only certificates whose evidence Canting's operator has checked/);
    const verified = screen.getByTestId("eco-state-verified").textContent!;
    for (const method of ["Document inspection", "Issuer registry lookup", "Confirmed by the issuer", "Workshop visit"]) expect(verified).toContain(method);
    expect(screen.getByTestId("eco-state-declared").textContent).toMatch(/not shown to shoppers/);
    expect(screen.getByTestId("eco-state-demo").textContent).toMatch(/no real document was checked/);
    expect(document.body.textContent).not.toMatch(/always shown with this qualifier/);
  });

  it("lists no natural-dyes eco tag, and says the dyes are the workshop's declaration, in Indonesian", async () => {
    await renderEco("id");
    const tags = screen.getByRole("heading", { name: "Label ramah lingkungan di katalog" }).closest("section")!;
    expect(tags.textContent).not.toContain("Pewarna alam: kain dinyatakan");
    expect(tags.textContent).toContain("Limbah diolah: surat IPAL");
    expect(tags.textContent).toContain("Pewarna alam bukan label ramah lingkungan");
    expect(tags.textContent).toContain("dinyatakan penjual");
  });
});
