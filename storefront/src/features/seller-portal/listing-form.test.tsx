import { describe, expect, it, vi } from "vitest";
import { fireEvent, screen } from "@testing-library/react";
import type { SellerListing } from "@/lib/seller-portal/listings";
import { renderInLocale } from "@/test/render-client";
import { ListingForm } from "./listing-form";
import type { FormAction } from "@/lib/result";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));
vi.mock("@/lib/actions/seller-variants", () => ({ saveVariant: vi.fn(), addVariant: vi.fn(), removeVariant: vi.fn() }));

const fill = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const rows = () => screen.getAllByTestId("variant-row");

const existing: SellerListing = {
  id: "prod_1", handle: "kain-jlamprang", title: "Kain Jlamprang", description: "Tulis halus.", status: "draft",
  thumbnail: "http://localhost:9000/static/a.jpg", images: ["http://localhost:9000/static/a.jpg"], technique: "batik_tulis",
  dyeFamily: "natural", fabric: "mori_primissima", form: "kain_panjang", motifs: ["jlamprang"], lengthCm: 250, widthCm: 105,
  naturalDyes: [], syntheticDyes: [], more: { fixers: [], fibres: [], originKelurahan: null, artisans: [], hsCode: null }, trade: { wholesale: false, minOrderQuantity: null, lowStockThreshold: null },
  variants: [{ id: "variant_1", title: "250x105 / Biru", sku: null, priceIdr: 1500000, priceUsd: 95, stock: 2, tiers: [] }],
};

describe("ListingForm", () => {
  it("shows the backend's field errors next to their fields, in Indonesian, and keeps what was typed", async () => {
    const action = vi.fn<FormAction<{ id: string }>>().mockResolvedValue({
      ok: false, errorKey: "errors.sellerInvalidData",
      fieldErrors: { "title.id": "errors:too_short", "variants.1.prices.idr": "errors:required" },
    });
    renderInLocale(<ListingForm locale="id" action={action} listing={null} approved />);
    fill("listing-title-id", "Ka");
    fireEvent.click(screen.getByTestId("variant-add"));
    fill("variant-0-price-idr", "1.500.000");
    fill("variant-0-stock", "2");
    fireEvent.click(screen.getByTestId("listing-save"));

    expect((await screen.findByTestId("field-error-title.id")).textContent).toBe("Terlalu pendek.");
    const priceError = screen.getByTestId("field-error-variants.1.prices.idr");
    expect(priceError.textContent).toBe("Wajib diisi.");
    // The message sits inside the second row, under its rupiah price.
    expect(rows()[1].contains(priceError)).toBe(true);
    expect(screen.getByTestId("variant-1-price-idr").getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByTestId("field-error-variants.0.prices.idr")).toBeNull();
    expect(screen.getByTestId("form-error").textContent).toContain("Ada isian yang perlu diperbaiki");
    expect((screen.getByTestId("variant-0-price-idr") as HTMLInputElement).value).toBe("1.500.000");

    const sent = Object.fromEntries(action.mock.calls[0][1].entries());
    expect(sent).toMatchObject({ locale: "id", "title.id": "Ka", "variants.0.prices.idr": "1.500.000", "variants.0.stock": "2" });
    expect(router.push).not.toHaveBeenCalled();
  });

  it("shows the same errors in English", async () => {
    const action = vi.fn<FormAction<{ id: string }>>().mockResolvedValue({
      ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { technique: "errors:unknown_code", "variants.0.stock": "errors:not_integer" },
    });
    renderInLocale(<ListingForm locale="en" action={action} listing={null} approved />, "en");
    fireEvent.click(screen.getByTestId("listing-save"));
    expect((await screen.findByTestId("field-error-technique")).textContent).toBe("Unknown choice.");
    expect(screen.getByTestId("field-error-variants.0.stock").textContent).toBe("Must be a whole number.");
    expect(screen.getByTestId("form-error").textContent).toBe("Some entries need correcting. See the messages on the marked fields.");
  });

  it("adds and removes variant rows, keeping at least one and renumbering the rest", () => {
    renderInLocale(<ListingForm locale="id" action={vi.fn()} listing={null} approved />);
    expect(rows()).toHaveLength(1);
    expect(screen.queryByTestId("variant-0-remove")).toBeNull();

    fireEvent.click(screen.getByTestId("variant-add"));
    fireEvent.click(screen.getByTestId("variant-add"));
    expect(rows()).toHaveLength(3);
    fill("variant-1-colour", "Merah");
    fill("variant-2-colour", "Hijau");

    fireEvent.click(screen.getByTestId("variant-1-remove"));
    expect(rows()).toHaveLength(2);
    // The green row moved up and is now posted as the second variant.
    const second = screen.getByTestId("variant-1-colour") as HTMLInputElement;
    expect(second.value).toBe("Hijau");
    expect(second.name).toBe("variants.1.colour");
    expect(screen.getByTestId("variant-1-remove").textContent).toBe("Hapus varian 2");

    fireEvent.click(screen.getByTestId("variant-0-remove"));
    expect(rows()).toHaveLength(1);
    expect((screen.getByTestId("variant-0-colour") as HTMLInputElement).value).toBe("Hijau");
    expect(screen.queryByTestId("variant-0-remove")).toBeNull();
  });

  it("labels imitation techniques as not batik, in both languages", () => {
    renderInLocale(<ListingForm locale="id" action={vi.fn()} listing={null} approved />);
    const id = screen.getByTestId("listing-technique");
    expect(id.querySelectorAll('input[type="radio"]')).toHaveLength(5);
    const printing = id.querySelector('input[value="tiruan_batik_printing"]')!.closest("label")!;
    expect(printing.textContent).toContain("bukan batik");
    expect(printing.textContent).toContain("Bukan batik (SNI 8184)");
    expect(id.querySelector('input[value="batik_tulis"]')!.closest("label")!.textContent).not.toMatch(/bukan batik/i);
  });

  it("explains that only an approved seller can publish at once", () => {
    renderInLocale(<ListingForm locale="en" action={vi.fn()} listing={null} approved={false} />, "en");
    expect((screen.getByTestId("listing-publish-now") as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByTestId("listing-publish-locked").textContent).toBe("Only an approved seller can publish products.");
  });

  it("edits a listing with its facts filled in and its variants editable row by row", () => {
    renderInLocale(<ListingForm locale="id" action={vi.fn()} listing={existing} approved />);
    expect((screen.getByTestId("listing-title-id") as HTMLInputElement).value).toBe("Kain Jlamprang");
    expect((screen.getByTestId("listing-technique").querySelector('input[value="batik_tulis"]') as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByTestId("listing-image")).toHaveLength(1);
    expect(screen.queryByTestId("variant-row")).toBeNull();
    expect(screen.getAllByTestId("variant-editor")).toHaveLength(1);
    expect((screen.getByTestId("variant-0-price-idr") as HTMLInputElement).value).toBe("1500000");
    expect((screen.getByTestId("variant-0-colour") as HTMLInputElement).value).toBe("Biru");
    expect(screen.queryByTestId("listing-publish-now")).toBeNull();
  });
});
