import { describe, expect, it, vi } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import type { SellerListing } from "@/lib/seller-portal/listings";
import { renderInLocale } from "@/test/render-client";
import { ListingsTable } from "./listings-table";
import type { FormAction } from "@/lib/result";

const listing = (over: Partial<SellerListing>): SellerListing => ({
  id: "prod_1", handle: "kain", title: "Kain Jlamprang", description: "", status: "draft", thumbnail: null, images: [],
  technique: "batik_tulis", dyeFamily: null, fabric: null, form: null, motifs: [], lengthCm: null, widthCm: null,
  naturalDyes: [], syntheticDyes: [], more: { fixers: [], fibres: [], originKelurahan: null, artisans: [], hsCode: null }, trade: { wholesale: false, minOrderQuantity: null, lowStockThreshold: null },
  variants: [
    { id: "v1", title: "Biru", sku: null, priceIdr: 1500000, priceUsd: 95, stock: 2, tiers: [] },
    { id: "v2", title: "Merah", sku: null, priceIdr: 1250000, priceUsd: null, stock: 3, tiers: [] },
  ],
  ...over,
});

const listings = [
  listing({}),
  listing({ id: "prod_2", title: "Kemeja printing", status: "published", technique: "tiruan_batik_printing", thumbnail: "http://x/a.jpg" }),
];

function renderTable(locale: "id" | "en", approved: boolean, statusAction = vi.fn<FormAction<{ id: string }>>()) {
  renderInLocale(<ListingsTable listings={listings} locale={locale} approved={approved} statusAction={statusAction} deleteAction={vi.fn()} />, locale);
  return screen.getAllByTestId("listing-row");
}

describe("ListingsTable", () => {
  it("shows each listing's title, technique, status, lowest rupiah price and total stock", () => {
    const [draft, published] = renderTable("id", true);
    expect(within(draft).getByTestId("listing-title").textContent).toBe("Kain Jlamprang");
    expect(within(draft).getByTestId("listing-technique").textContent).toBe("Batik tulis");
    expect(within(draft).getByTestId("listing-status").textContent).toBe("Draf");
    expect(within(draft).getByTestId("listing-price").textContent?.replace(/\s/g, " ")).toBe("Harga: Rp 1.250.000");
    expect(within(draft).getByTestId("listing-stock").textContent).toBe("Stok: 5");
    expect(within(draft).getByTestId("listing-edit").getAttribute("href")).toBe("/id/seller/products/prod_1");
    expect(within(published).getByTestId("listing-technique").textContent).toContain("bukan batik");
    expect(within(published).getByTestId("listing-status").textContent).toBe("Tayang");
    expect(within(published).getByTestId("listing-unpublish").textContent).toBe("Jadikan draf");
  });

  it("disables publishing before approval and says why, in Indonesian and English", () => {
    const [draft, published] = renderTable("id", false);
    const publish = within(draft).getByTestId("listing-publish") as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    const why = within(draft).getByTestId("listing-publish-locked");
    expect(why.textContent).toBe("Hanya penjual yang sudah disetujui yang dapat menayangkan produk.");
    expect(publish.getAttribute("aria-describedby")).toBe(why.id);
    // Unpublishing stays possible.
    expect((within(published).getByTestId("listing-unpublish") as HTMLButtonElement).disabled).toBe(false);
  });

  it("explains it in English too", () => {
    const [draft] = renderTable("en", false);
    expect((within(draft).getByTestId("listing-publish") as HTMLButtonElement).disabled).toBe(true);
    expect(within(draft).getByTestId("listing-publish-locked").textContent).toBe("Only an approved seller can publish products.");
  });

  it("publishes when approved, and shows the backend's refusal if it comes anyway", async () => {
    const statusAction = vi.fn<FormAction<{ id: string }>>().mockResolvedValue({ ok: false, errorKey: "errors:publish_requires_approval" });
    const [draft] = renderTable("en", true, statusAction);
    const publish = within(draft).getByTestId("listing-publish") as HTMLButtonElement;
    expect(publish.disabled).toBe(false);
    expect(within(draft).queryByTestId("listing-publish-locked")).toBeNull();
    fireEvent.click(publish);
    expect((await within(draft).findByTestId("listing-status-error")).textContent).toBe("Only an approved seller can publish products.");
    expect(Object.fromEntries(statusAction.mock.calls[0][1].entries())).toMatchObject({ id: "prod_1", status: "published", locale: "en" });
  });

  it("asks before deleting", () => {
    const [draft] = renderTable("id", true);
    fireEvent.click(within(draft).getByTestId("listing-delete"));
    expect(within(draft).getByTestId("listing-delete-dialog").textContent).toContain("Hapus “Kain Jlamprang”?");
    fireEvent.click(within(draft).getByTestId("listing-delete-cancel"));
    expect(within(draft).queryByTestId("listing-delete-dialog")).toBeNull();
  });

  it("is a table with column and row headers; title and last edit sort by link, keeping the search", () => {
    renderInLocale(<ListingsTable listings={listings} locale="en" approved statusAction={vi.fn()} deleteAction={vi.fn()}
      params={{ page: 2, q: "kain", status: "draft", sort: "title" }} />, "en");
    const table = screen.getByRole("table", { name: "Your listings" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.every((h) => h.getAttribute("scope") === "col")).toBe(true);
    expect(headers.map((h) => h.textContent?.replace(/[▲▼]/g, "").trim())).toEqual(["Photo", "Title", "Technique", "Status", "Price", "Stock", "Last edited", "Actions"]);
    expect(within(table).getAllByRole("rowheader").map((h) => [h.textContent, h.getAttribute("scope")])).toEqual([["Kain Jlamprang", "row"], ["Kemeja printing", "row"]]);
    // sorted by title ascending: the header says so and its link turns the order round
    const title = headers[1];
    expect(title.getAttribute("aria-sort")).toBe("ascending");
    expect(within(title).getByRole("link").getAttribute("href")).toBe("/en/seller/products?q=kain&status=draft&sort=-title");
    const updated = headers[6];
    expect(updated.getAttribute("aria-sort")).toBeNull();
    expect(within(updated).getByRole("link").getAttribute("href")).toBe("/en/seller/products?q=kain&status=draft&sort=-updated_at");
  });

  it("says nothing matches when a search finds no listing, and that there are none yet otherwise", () => {
    const { unmount } = renderInLocale(<ListingsTable listings={[]} locale="id" approved statusAction={vi.fn()} deleteAction={vi.fn()}
      params={{ page: 1, q: "zzz", status: "", sort: "-created_at" }} />, "id");
    expect(screen.getByTestId("listings-empty").textContent).toBe("Tidak ada yang cocok dengan pencarian ini.");
    unmount();
    renderInLocale(<ListingsTable listings={[]} locale="en" approved statusAction={vi.fn()} deleteAction={vi.fn()} />, "en");
    expect(screen.getByTestId("listings-empty").textContent).toBe("No listings yet. Add your first cloth.");
  });
});
