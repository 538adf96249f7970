import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { toOrderParts } from "@/lib/shop/orders";
import { OrderParts } from "./order-parts";

const body = {
  parts: [
    { seller: { id: "s1", handle: "batik-sekar", name: "Batik Sekar" }, items: [{ id: "i1", title: "Kain Jlamprang", variant_title: "Biru", quantity: 1, thumbnail: null }],
      shipping: { name: "Kurir reguler (tarif demo)", amount: 25000 },
      status: "shipped", tracking: [{ number: "JNE123456789", carrier: "JNE", url: "https://example.com/track/JNE123456789" }, { number: "X1", carrier: null, url: "javascript:alert(1)" }] },
    { seller: { id: "s2", handle: "batik-kauman", name: "Batik Kauman" }, items: [{ id: "i2", title: "Kemeja Buketan", variant_title: null, quantity: 2, thumbnail: null }],
      status: "weird", tracking: [] },
  ],
};

describe("OrderParts", () => {
  it("shows each seller's pieces, their status and the tracking number with a safe link", () => {
    render(<OrderParts parts={toOrderParts(body)} locale="id" t={createTranslator("id")} />);
    const [sekar, kauman] = screen.getAllByTestId("order-part");
    expect(within(sekar).getByTestId("order-part-seller").textContent).toBe("Dari Batik Sekar");
    expect(within(sekar).getByTestId("order-part-status").textContent).toBe("Status: Dikirim");
    const tracking = within(sekar).getAllByTestId("order-part-tracking");
    expect(tracking[0].textContent).toContain("JNE JNE123456789");
    expect(within(tracking[0]).getByRole("link").getAttribute("href")).toBe("https://example.com/track/JNE123456789");
    expect(within(tracking[1]).queryByRole("link")).toBeNull(); // a javascript: URL is never a link
    // An unknown status reads as "processing"; no tracking yet.
    expect(within(kauman).getByTestId("order-part-status").textContent).toBe("Status: Diproses");
    expect(within(kauman).queryByTestId("order-part-tracking")).toBeNull();
    expect(within(kauman).getByTestId("order-part-item").textContent).toContain("× 2");
  });

  it("shows the shipping method and amount chosen for each workshop, when the backend gives one", () => {
    render(<OrderParts parts={toOrderParts(body)} locale="id" t={createTranslator("id")} currency="idr" />);
    const [sekar, kauman] = screen.getAllByTestId("order-part");
    expect(within(sekar).getByTestId("order-part-shipping").textContent).toMatch(/^Pengiriman: Kurir reguler \(tarif demo\) · Rp\s?25\.000$/);
    expect(within(kauman).queryByTestId("order-part-shipping")).toBeNull();
  });

  it("reads in English", () => {
    render(<OrderParts parts={toOrderParts(body)} locale="en" t={createTranslator("en")} />);
    expect(screen.getAllByTestId("order-part-status").map((e) => e.textContent)).toEqual(["Status: Shipped", "Status: Processing"]);
  });

  it("survives a body that is not the contract", () => {
    expect(toOrderParts(null)).toEqual([]);
    expect(toOrderParts({ parts: [{ seller: null, items: "x", tracking: null }] })).toEqual([{ seller: null, items: [], shipping: null, status: "processing", tracking: [] }]);
  });
});
