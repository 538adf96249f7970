import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { CheckoutAddressStep, CheckoutPaymentStep, CheckoutShippingStep } from "./checkout-steps";
import type { FormAction } from "@/lib/result";

const submit = async (testId: string) => {
  await act(async () => {
    fireEvent.submit(screen.getByTestId(testId));
  });
};

describe("CheckoutAddressStep", () => {
  it("shows the Indonesian form with the 38 provinces, and each refused field's message in Indonesian", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({
      ok: false, errorKey: "shop:errors.invalidData",
      fieldErrors: { postal_code: "errors:postcode_format", kecamatan: "errors:required" },
      values: { email: "siti@example.com", postal_code: "5111", city: "Kota Pekalongan" },
    });
    renderInLocale(<CheckoutAddressStep form="indonesia" values={{}} countries={["id"]} locale="id" action={action} />, "id");
    const province = screen.getByTestId("address-province") as HTMLSelectElement;
    expect(province.options.length).toBe(39); // placeholder + 38
    expect([...province.options].some((o) => o.textContent === "Jawa Tengah")).toBe(true);
    expect(screen.queryByTestId("address-country")).toBeNull();
    await submit("checkout-address");
    expect(action).toHaveBeenCalledOnce();
    expect(screen.getByTestId("field-error-postal_code").textContent).toBe("Kode pos harus 5 digit angka.");
    expect(screen.getByTestId("field-error-kecamatan").textContent).toBe("Wajib diisi.");
    expect(screen.queryByTestId("field-error-city")).toBeNull();
    expect(screen.getByTestId("address-postcode").getAttribute("aria-invalid")).toBe("true");
    // What the shopper typed comes back.
    expect((screen.getByTestId("address-postcode") as HTMLInputElement).value).toBe("5111");
    expect((screen.getByTestId("address-email") as HTMLInputElement).value).toBe("siti@example.com");
    expect(screen.getByTestId("address-error").textContent).toContain("Ada isian yang perlu diperbaiki");
  });

  it("shows the international form with the region's countries named in English", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({ ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { country_code: "errors:unknown_code" } });
    renderInLocale(<CheckoutAddressStep form="international" values={{ country_code: "nl" }} countries={["nl", "jp"]} locale="en" action={action} />, "en");
    const country = screen.getByTestId("address-country") as HTMLSelectElement;
    expect([...country.options].map((o) => o.textContent)).toEqual(["Choose a country", "Japan", "Netherlands"]);
    expect(country.value).toBe("nl");
    expect(screen.queryByTestId("address-kecamatan")).toBeNull();
    await submit("checkout-address");
    expect(screen.getByTestId("field-error-country_code").textContent).toBe("Unknown choice.");
  });
});

describe("CheckoutPaymentStep", () => {
  it("offers bank transfer and, when the order is refused as sold out, says which piece and that the cart is kept", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({
      ok: false, errorKey: "shop:errors.soldOutNamed", params: { titles: "Kain Jlamprang" }, detail: "Habis terjual.",
    });
    renderInLocale(<CheckoutPaymentStep providers={["pp_system_default"]} locale="id" action={action} />, "id");
    expect((screen.getByTestId("payment-pp_system_default") as HTMLInputElement).checked).toBe(true);
    await submit("checkout-payment");
    const fd = action.mock.calls[0][1];
    expect(fd.get("provider_id")).toBe("pp_system_default");
    const alert = screen.getByTestId("place-order-error");
    expect(alert.textContent).toContain("Maaf, Kain Jlamprang baru saja habis terjual. Keranjang Anda tetap tersimpan");
    expect(screen.getByTestId("place-order-error-detail").textContent).toBe("Habis terjual.");
  });
});

describe("CheckoutShippingStep", () => {
  it("asks one choice per workshop, named after it, and posts every workshop's choice in one form", async () => {
    const action = vi.fn<FormAction<null>>().mockResolvedValue({ ok: true, data: null });
    renderInLocale(<CheckoutShippingStep currency="idr" locale="id" action={action} sellers={[
      { profileId: "sp_a", sellerName: "Batik Sekar", options: [{ id: "so_a", name: "Kurir reguler (tarif demo)", amount: 25000 }], chosen: null },
      { profileId: "sp_b", sellerName: "Cap Pesindon", options: [{ id: "so_b1", name: "Reguler", amount: 25000 }, { id: "so_b2", name: "Kilat", amount: 40000 }], chosen: "so_b2" },
    ]} />, "id");
    const groups = screen.getAllByTestId("shipping-options");
    expect(groups.map((g) => g.querySelector("legend")?.textContent)).toEqual(["Pengiriman dari Batik Sekar", "Pengiriman dari Cap Pesindon"]);
    expect(groups[0].textContent).toMatch(/Kurir reguler \(tarif demo\) · Rp\s?25\.000/);
    await submit("checkout-shipping");
    const fd = action.mock.calls[0][1];
    expect(fd.getAll("shipping_groups")).toEqual(["sp_a", "sp_b"]);
    expect(fd.get("option_id.sp_a")).toBe("so_a");
    expect(fd.get("option_id.sp_b")).toBe("so_b2");
  });

  it("says there is no shipping when a workshop offers nothing to this address", () => {
    renderInLocale(<CheckoutShippingStep currency="usd" locale="en" action={vi.fn()} sellers={[
      { profileId: "sp_a", sellerName: "Batik Sekar", options: [], chosen: null },
    ]} />, "en");
    expect(screen.getByTestId("no-shipping").textContent).toContain("There is no shipping service");
  });
});
