import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ListingVariant } from "@/lib/seller-portal/listings";
import { renderInLocale } from "@/test/render-client";
import { splitVariantTitle, VariantsEditor, type VariantActions } from "./listing-variants";
import type { FormAction } from "@/lib/result";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));
// The real server actions need a request; each test hands the editor its own.
vi.mock("@/lib/actions/seller-variants", () => ({ saveVariant: vi.fn(), addVariant: vi.fn(), removeVariant: vi.fn() }));

type Action = FormAction<{ id: string }>;
const variants: ListingVariant[] = [
  { id: "variant_1", title: "250x105 / Biru", sku: "JL-250", priceIdr: 1500000, priceUsd: 95, stock: 2, tiers: [] },
  { id: "variant_2", title: "Standar", sku: null, priceIdr: 900000, priceUsd: null, stock: 0, tiers: [] },
];
const actions = (over: Partial<Record<keyof VariantActions, Action>> = {}): VariantActions => ({
  save: vi.fn<Action>().mockResolvedValue({ ok: true, data: { id: "variant_1" } }),
  add: vi.fn<Action>().mockResolvedValue({ ok: true, data: { id: "prod_1" } }),
  remove: vi.fn<Action>().mockResolvedValue({ ok: true, data: { id: "variant_2" } }),
  ...over,
});
const fill = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const sent = (action: VariantActions[keyof VariantActions]) => Object.fromEntries((action as ReturnType<typeof vi.fn>).mock.calls[0][1].entries());
const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe("VariantsEditor", () => {
  it("shows each variant's price, stock, size, colour and SKU ready to edit", () => {
    renderInLocale(<VariantsEditor productId="prod_1" variants={variants} locale="id" actions={actions()} />);
    expect(screen.getAllByTestId("variant-editor")).toHaveLength(2);
    expect(input("variant-0-size").value).toBe("250x105");
    expect(input("variant-0-colour").value).toBe("Biru");
    expect(input("variant-0-sku").value).toBe("JL-250");
    expect(input("variant-0-price-idr").value).toBe("1500000");
    expect(input("variant-0-price-usd").value).toBe("95");
    expect(input("variant-0-stock").value).toBe("2");
    // "Standar" is the name of a variant without size or colour
    expect(input("variant-1-size").value).toBe("");
    expect(input("variant-1-price-usd").value).toBe("");
    expect(screen.getByTestId("variant-0-save").textContent).toBe("Simpan varian");
  });

  it("saves one row with what was typed and says so", async () => {
    router.refresh.mockClear();
    const a = actions();
    renderInLocale(<VariantsEditor productId="prod_1" variants={variants} locale="id" actions={a} />);
    fill("variant-0-price-idr", "1.750.000");
    fill("variant-0-stock", "5");
    fireEvent.click(screen.getByTestId("variant-0-save"));
    expect((await screen.findByTestId("variant-0-saved")).textContent).toBe("Tersimpan.");
    expect(sent(a.save)).toEqual({
      locale: "id", product_id: "prod_1", variant_id: "variant_1",
      size: "250x105", colour: "Biru", sku: "JL-250", "prices.idr": "1.750.000", "prices.usd": "95", stock: "5",
    });
    expect(a.save).toHaveBeenCalledTimes(1);
    // The page's data is fetched again after the save (an effect that runs once the row shows "saved").
    await waitFor(() => expect(router.refresh).toHaveBeenCalledTimes(1));
    // The other row was not touched
    expect(screen.queryByTestId("variant-1-saved")).toBeNull();
  });

  it("saves the row, not the whole listing, when Enter is pressed in it", async () => {
    const a = actions();
    renderInLocale(<VariantsEditor productId="prod_1" variants={variants} locale="id" actions={a} />);
    fill("variant-1-stock", "3");
    const enter = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
    await act(async () => { screen.getByTestId("variant-1-stock").dispatchEvent(enter); });
    expect(enter.defaultPrevented).toBe(true);
    expect(sent(a.save)).toMatchObject({ variant_id: "variant_2", stock: "3" });
  });

  it("shows the backend's field errors under the inputs of that row, in English too", async () => {
    const a = actions({
      save: vi.fn<Action>().mockResolvedValue({
        ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { "prices.idr": "errors:out_of_range", stock: "errors:not_integer" },
      }),
    });
    renderInLocale(<VariantsEditor productId="prod_1" variants={variants} locale="en" actions={a} />, "en");
    fill("variant-1-price-idr", "-5");
    fireEvent.click(screen.getByTestId("variant-1-save"));
    const row = screen.getAllByTestId("variant-editor")[1];
    expect((await within(row).findByTestId("field-error-prices.idr")).textContent).toBe("The number is outside a sensible range.");
    expect(within(row).getByTestId("field-error-stock").textContent).toBe("Must be a whole number.");
    expect(input("variant-1-price-idr").getAttribute("aria-invalid")).toBe("true");
    expect(input("variant-1-price-idr").value).toBe("-5");
    expect(screen.getByTestId("variant-1-error").textContent).toBe("Some entries need correcting. See the messages on the marked fields.");
    // The first row shows no error
    expect(within(screen.getAllByTestId("variant-editor")[0]).queryByTestId("field-error-prices.idr")).toBeNull();
  });

  it("adds a variant from a new row", async () => {
    const a = actions();
    renderInLocale(<VariantsEditor productId="prod_1" variants={variants} locale="id" actions={a} />);
    expect(screen.queryByTestId("variant-new-row")).toBeNull();
    fireEvent.click(screen.getByTestId("variant-new"));
    fill("variant-new-size", "200x105");
    fill("variant-new-colour", "Soga");
    fill("variant-new-price-idr", "900.000");
    fill("variant-new-stock", "4");
    fireEvent.click(screen.getByTestId("variant-new-save"));
    await vi.waitFor(() => expect(screen.queryByTestId("variant-new-row")).toBeNull());
    expect(sent(a.add)).toEqual({
      locale: "id", product_id: "prod_1", size: "200x105", colour: "Soga", sku: "", "prices.idr": "900.000", "prices.usd": "", stock: "4",
    });
  });

  it("keeps the new row and its errors when the backend refuses it", async () => {
    const a = actions({
      add: vi.fn<Action>().mockResolvedValue({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { size: "errors:variant_duplicate" } }),
    });
    renderInLocale(<VariantsEditor productId="prod_1" variants={variants} locale="id" actions={a} />);
    fireEvent.click(screen.getByTestId("variant-new"));
    fill("variant-new-size", "250x105");
    fireEvent.click(screen.getByTestId("variant-new-save"));
    const row = await screen.findByTestId("variant-new-row");
    expect((await within(row).findByTestId("field-error-size")).textContent).toBe("Varian lain sudah memakai ukuran dan warna ini.");
    expect(input("variant-new-size").value).toBe("250x105");
  });

  it("removes a variant after asking, and shows why the last one cannot go", async () => {
    const a = actions({ remove: vi.fn<Action>().mockResolvedValue({ ok: false, errorKey: "errors:last_variant" }) });
    renderInLocale(<VariantsEditor productId="prod_1" variants={variants} locale="id" actions={a} />);
    fireEvent.click(screen.getByTestId("variant-1-remove"));
    expect(a.remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId("variant-1-remove-yes"));
    expect((await screen.findByTestId("variant-1-remove-error")).textContent).toBe(
      "Produk harus punya setidaknya satu varian. Tambahkan varian lain sebelum menghapus yang ini.");
    expect(sent(a.remove)).toEqual({ locale: "id", product_id: "prod_1", variant_id: "variant_2" });
  });

  it("offers no Remove when the listing has a single variant", () => {
    renderInLocale(<VariantsEditor productId="prod_1" variants={[variants[0]]} locale="id" actions={actions()} />);
    expect(screen.queryByTestId("variant-0-remove")).toBeNull();
  });
});

describe("splitVariantTitle", () => {
  it("reads size and colour back from the variant's title", () => {
    expect(splitVariantTitle("250x105 / Biru")).toEqual({ size: "250x105", colour: "Biru" });
    expect(splitVariantTitle("250x105")).toEqual({ size: "250x105", colour: "" });
    expect(splitVariantTitle("Standar")).toEqual({ size: "", colour: "" });
  });
});
