import { describe, expect, it, vi } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ListingVariant, SellerListing } from "@/lib/seller-portal/listings";
import { listingPayload } from "@/lib/seller-portal/listing-payload";
import { tiersFor } from "@/lib/seller-portal/trade-terms";
import { renderInLocale } from "@/test/render-client";
import { ListingForm } from "./listing-form";
import { VariantsEditor, type VariantActions } from "./listing-variants";
import type { FormAction } from "@/lib/result";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));
vi.mock("@/lib/actions/seller-variants", () => ({ saveVariant: vi.fn(), addVariant: vi.fn(), removeVariant: vi.fn() }));

type Action = FormAction<{ id: string }>;
const fill = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
/** Types into a cell and leaves it, as a seller tabbing through the table does. */
const type = (testId: string, value: string) => {
  fill(testId, value);
  fireEvent.focusOut(screen.getByTestId(testId));
};

const variant: ListingVariant = {
  id: "variant_1", title: "250x105 / Biru", sku: null, priceIdr: 400000, priceUsd: 25, stock: 60,
  tiers: [{ minQuantity: 12, maxQuantity: 49, idr: 350000, usd: 22 }, { minQuantity: 50, maxQuantity: null, idr: 300000, usd: 19.5 }],
};
const existing: SellerListing = {
  id: "prod_1", handle: "kain", title: "Kain Jlamprang", description: "", status: "published", thumbnail: null, images: [],
  technique: "batik_cap", dyeFamily: null, fabric: null, form: null, motifs: [], lengthCm: null, widthCm: null, naturalDyes: [], syntheticDyes: [],
  more: { fixers: [], fibres: [], originKelurahan: null, artisans: [], hsCode: "520852" },
  trade: { wholesale: true, minOrderQuantity: 12, lowStockThreshold: 5 },
  variants: [variant],
};

describe("the listing form's wholesale terms and price tiers", () => {
  it("posts a new listing's terms and each variant's tiers under the backend's names", async () => {
    const action = vi.fn<Action>().mockResolvedValue({ ok: true, data: { id: "prod_9" } });
    renderInLocale(<ListingForm locale="id" action={action} listing={null} approved />);
    fill("listing-hs-code", "520852");
    fireEvent.click(screen.getByTestId("listing-wholesale"));
    fill("listing-moq", "12");
    fill("listing-low-stock", "3");
    fill("variant-0-price-idr", "400.000");
    fill("variant-0-stock", "60");
    fireEvent.click(screen.getByTestId("variant-0-tiers-add"));
    fireEvent.click(screen.getByTestId("variant-0-tiers-add"));
    fill("variant-0-tiers-0-from", "12");
    fill("variant-0-tiers-0-to", "49");
    fill("variant-0-tiers-0-idr", "350.000");
    fill("variant-0-tiers-0-usd", "22");
    fill("variant-0-tiers-1-from", "50");
    fill("variant-0-tiers-1-idr", "300000");
    fill("variant-0-tiers-1-usd", "19,5");
    fireEvent.click(screen.getByTestId("listing-save"));

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    const body = listingPayload(action.mock.calls[0][1], "create");
    expect(body).toMatchObject({ wholesale: true, min_order_quantity: 12, low_stock_threshold: 3 });
    expect((body.variants as Record<string, unknown>[])[0].tiers).toEqual([
      { min_quantity: 12, max_quantity: 49, prices: { idr: 350000, usd: 22 } },
      { min_quantity: 50, prices: { idr: 300000, usd: 19.5 } },
    ]);
  });

  it("tells at once, next to the cell, when a tier leaves a gap or costs more than the variant", () => {
    renderInLocale(<ListingForm locale="id" action={vi.fn()} listing={null} approved />);
    fill("variant-0-price-idr", "400000");
    fireEvent.click(screen.getByTestId("variant-0-tiers-add"));
    type("variant-0-tiers-0-from", "12");
    type("variant-0-tiers-0-to", "49");
    type("variant-0-tiers-0-idr", "450000");
    type("variant-0-tiers-0-usd", "20");
    fireEvent.click(screen.getByTestId("variant-0-tiers-add"));
    fill("variant-0-tiers-1-from", "60");
    fireEvent.focusOut(screen.getByTestId("variant-0-tiers-1-from"), { relatedTarget: screen.getByTestId("variant-0-tiers-1-to") });

    const rising = screen.getByTestId("field-error-variants.0.tiers.0.prices.idr");
    expect(rising.textContent).toContain("tidak boleh lebih mahal");
    const gap = screen.getByTestId("field-error-variants.0.tiers.1.min_quantity");
    expect(gap.textContent).toBe("Tingkat harga ini harus dimulai tepat setelah tingkat sebelumnya berakhir, tanpa celah.");
    const rows = screen.getAllByTestId("variant-0-tiers-row");
    expect(rows[1].contains(gap)).toBe(true);
    expect(input("variant-0-tiers-1-from").getAttribute("aria-invalid")).toBe("true");
    expect(input("variant-0-tiers-1-from").getAttribute("aria-describedby")).toBe(gap.id);
    // Still being filled in: the empty prices of the second row are not called missing yet.
    expect(screen.queryByTestId("field-error-variants.0.tiers.1.prices.idr")).toBeNull();
    expect(screen.getByTestId("variant-0-tiers-announce").textContent).toContain("Dari (buah), tingkat 2: Tingkat harga ini harus dimulai");

    type("variant-0-tiers-1-from", "50");
    type("variant-0-tiers-0-idr", "350000");
    expect(screen.queryByTestId("field-error-variants.0.tiers.1.min_quantity")).toBeNull();
    expect(screen.queryByTestId("field-error-variants.0.tiers.0.prices.idr")).toBeNull();
  });

  it("shows the backend's tier and term errors on the fields they name, over its own checks", async () => {
    const action = vi.fn<Action>().mockResolvedValue({
      ok: false, errorKey: "errors.sellerInvalidData",
      fieldErrors: { "variants.0.tiers.1.min_quantity": "errors:tier_overlap", hs_code: "errors:hs_code_required_wholesale", low_stock_threshold: "errors:out_of_range" },
    });
    renderInLocale(<ListingForm locale="en" action={action} listing={null} approved />, "en");
    fireEvent.click(screen.getByTestId("variant-0-tiers-add"));
    fireEvent.click(screen.getByTestId("variant-0-tiers-add"));
    type("variant-0-tiers-0-from", "10");
    type("variant-0-tiers-0-to", "49");
    type("variant-0-tiers-1-from", "51");
    // Our own check says "gap"…
    expect(screen.getByTestId("field-error-variants.0.tiers.1.min_quantity").textContent).toContain("no gap");
    fireEvent.click(screen.getByTestId("listing-save"));
    // …the backend's answer is what is shown.
    expect((await screen.findByText(/starts inside the previous one/)).getAttribute("data-testid")).toBe("field-error-variants.0.tiers.1.min_quantity");
    expect(screen.getByTestId("field-error-hs_code").textContent).toBe("Wholesale needs the listing's HS code: add it first.");
    expect(screen.getByTestId("field-error-low_stock_threshold").textContent).toBe("The number is outside a sensible range.");
    expect(screen.queryByTestId("form-error-list")).toBeNull();
  });

  it("asks for the HS code when wholesale is ticked, and only takes a minimum while wholesale is on", () => {
    renderInLocale(<ListingForm locale="id" action={vi.fn()} listing={null} approved />);
    const moq = input("listing-moq");
    const posted = () => new FormData(screen.getByTestId("listing-form") as HTMLFormElement);
    fill("listing-moq", "12");
    // Disabled with wholesale off, so a minimum is never posted without it.
    expect(moq.matches(":disabled")).toBe(true);
    expect(posted().has("min_order_quantity")).toBe(false);
    fireEvent.click(screen.getByTestId("listing-wholesale"));
    expect(moq.matches(":disabled")).toBe(false);
    expect(posted().get("min_order_quantity")).toBe("12");
    expect(screen.getByTestId("listing-wholesale-error").textContent).toBe("Penjualan grosir memerlukan kode HS produk: isi dulu kode HS-nya.");
    expect(input("listing-wholesale").getAttribute("aria-invalid")).toBe("true");
    fireEvent.input(screen.getByTestId("listing-hs-code"), { target: { value: "520852" } });
    expect(screen.getByTestId("listing-wholesale-error").textContent).toBe("");
  });

  it("shows an existing listing's terms and tiers, labelled in English", () => {
    renderInLocale(<ListingForm locale="en" action={vi.fn()} listing={existing} approved />, "en");
    expect(input("listing-wholesale").checked).toBe(true);
    expect(input("listing-moq").value).toBe("12");
    expect(input("listing-low-stock").value).toBe("5");
    const trade = screen.getByTestId("listing-trade");
    expect(trade.querySelector("legend")!.textContent).toBe("Wholesale");
    expect(within(trade).getByLabelText(/Minimum order \(pieces\)/)).toBe(input("listing-moq"));
    expect(screen.getByLabelText(/Notify me when available stock falls to/)).toBe(input("listing-low-stock"));

    const table = screen.getByTestId("variant-0-tiers");
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(
      ["From (pieces)", "To (pieces)", "Price per piece (Rp)", "Price per piece (US$)", "Actions"]);
    expect(within(table).getByLabelText("From (pieces), tier 2")).toBe(input("variant-0-tiers-1-from"));
    expect(input("variant-0-tiers-0-to").value).toBe("49");
    expect(input("variant-0-tiers-1-to").value).toBe("");
    expect(input("variant-0-tiers-1-to").placeholder).toBe("and more");
    expect(input("variant-0-tiers-1-usd").value).toBe("19.5");
    expect(input("variant-0-tiers-0-from").name).toBe("tiers.0.min_quantity");
  });

  it("labels the table in Indonesian", () => {
    renderInLocale(<ListingForm locale="id" action={vi.fn()} listing={existing} approved />);
    expect(screen.getByTestId("listing-trade").querySelector("legend")!.textContent).toBe("Grosir");
    expect(screen.getByLabelText("Harga per buah (Rp), tingkat 1")).toBe(input("variant-0-tiers-0-idr"));
    expect(screen.getByTestId("variant-0-tiers-1-remove").textContent).toBe("Hapus tingkat 2");
  });
});

describe("a variant row's price tiers", () => {
  const actions = (): VariantActions => ({
    save: vi.fn<Action>().mockResolvedValue({ ok: true, data: { id: "variant_1" } }),
    add: vi.fn<Action>().mockResolvedValue({ ok: true, data: { id: "prod_1" } }),
    remove: vi.fn<Action>().mockResolvedValue({ ok: true, data: { id: "variant_1" } }),
  });
  const sentBy = (fn: VariantActions["save"]) => (fn as ReturnType<typeof vi.fn>).mock.calls[0][1] as FormData;

  it("keeps the stored tiers when the table was not touched", async () => {
    const a = actions();
    renderInLocale(<VariantsEditor productId="prod_1" variants={[variant]} locale="id" actions={a} />);
    fill("variant-0-stock", "70");
    fireEvent.click(screen.getByTestId("variant-0-save"));
    await screen.findByTestId("variant-0-saved");
    expect(tiersFor(sentBy(a.save), "", "edit")).toBeUndefined();
  });

  it("sends the changed list, and an empty one when every tier was removed", async () => {
    const a = actions();
    renderInLocale(<VariantsEditor productId="prod_1" variants={[variant]} locale="id" actions={a} />);
    fireEvent.click(screen.getByTestId("variant-0-tiers-1-remove"));
    fireEvent.click(screen.getByTestId("variant-0-tiers-0-remove"));
    expect(screen.getByTestId("variant-0-tiers-empty")).toBeTruthy();
    fireEvent.click(screen.getByTestId("variant-0-save"));
    await screen.findByTestId("variant-0-saved");
    expect(tiersFor(sentBy(a.save), "", "edit")).toEqual([]);
  });

  it("shows the variant route's tier errors in that row", async () => {
    const a = actions();
    a.save = vi.fn<Action>().mockResolvedValue({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { "tiers.1.prices.usd": "errors:tier_price_rises" } });
    renderInLocale(<VariantsEditor productId="prod_1" variants={[variant]} locale="en" actions={a} />, "en");
    fill("variant-0-tiers-1-usd", "23");
    fireEvent.click(screen.getByTestId("variant-0-save"));
    const error = await screen.findByTestId("field-error-tiers.1.prices.usd");
    expect(error.textContent).toContain("may not cost more per piece");
    expect(screen.getAllByTestId("variant-0-tiers-row")[1].contains(error)).toBe(true);
    expect(tiersFor(sentBy(a.save), "", "edit")).toEqual([
      { min_quantity: 12, max_quantity: 49, prices: { idr: 350000, usd: 22 } },
      { min_quantity: 50, prices: { idr: 300000, usd: 23 } },
    ]);
  });

  it("offers no sixth tier", () => {
    renderInLocale(<VariantsEditor productId="prod_1" variants={[variant]} locale="id" actions={actions()} />);
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByTestId("variant-0-tiers-add"));
    expect(screen.getAllByTestId("variant-0-tiers-row")).toHaveLength(5);
    expect(screen.queryByTestId("variant-0-tiers-add")).toBeNull();
  });
});
