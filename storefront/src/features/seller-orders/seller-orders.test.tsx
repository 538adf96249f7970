import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { renderInLocale } from "@/test/render-client";
import { toSellerOrderPage } from "@/lib/shop/seller-orders";
import { SellerOrdersTable } from "./seller-orders-table";
import { FulfilForm } from "./fulfil-form";
import { SellerOrderDetail } from "./seller-order-detail";
import type { FormAction } from "@/lib/result";

const page = toSellerOrderPage({
  orders: [
    { id: "order_1", display_id: 12, created_at: "2026-11-28T03:00:00Z", currency_code: "idr", email: "siti@example.com", payment_status: "authorized",
      items: [{ id: "li_1", title: "Kain Jlamprang", quantity: 1, unit_price: 1500000, total: 1500000 }], subtotal: 1500000,
      fulfillment_status: "not_fulfilled", fulfillments: [] },
    { id: "order_2", display_id: 9, created_at: "2026-11-20T03:00:00Z", currency_code: "usd",
      items: [{ id: "li_2", title: "Sogan scarf", quantity: 2, unit_price: 40, total: 80 }], subtotal: 80,
      fulfillment_status: "shipped", fulfillments: [{ id: "ful_1", tracking_number: "EE123", carrier: "EMS", tracking_url: null, shipped_at: "2026-11-21T00:00:00Z" }] },
  ],
  count: 2, limit: 20, offset: 0,
});

describe("SellerOrdersTable", () => {
  it("lists each order with its number, the seller's pieces, subtotal in the order's currency and status", () => {
    render(<SellerOrdersTable orders={page.orders} locale="id" t={createTranslator("id")} />);
    const [first, second] = screen.getAllByTestId("seller-order-row");
    expect(within(first).getByTestId("seller-order-link").textContent).toBe("Pesanan #12");
    expect(within(first).getByTestId("seller-order-link").getAttribute("href")).toBe("/id/seller/orders/order_1");
    expect(within(first).getByTestId("seller-order-status").textContent).toBe("Perlu dikirim");
    expect(within(first).getByTestId("seller-order-subtotal").textContent?.replace(/\s/g, " ")).toBe("Rp 1.500.000");
    expect(within(first).getByTestId("seller-order-items").textContent).toBe("Kain Jlamprang × 1");
    expect(within(first).getByTestId("seller-order-date").textContent).toBe("28 Nov 2026");
    expect(within(second).getByTestId("seller-order-status").textContent).toBe("Dikirim");
    expect(within(second).getByTestId("seller-order-subtotal").textContent?.replace(/\s/g, " ")).toBe("US$80,00");
  });

  it("is a table whose number and date headers sort by link, newest first marked on the date", () => {
    render(<SellerOrdersTable orders={page.orders} locale="en" t={createTranslator("en")} params={{ page: 3, q: "", status: "shipped", sort: "-created_at" }} />);
    const table = screen.getByRole("table", { name: "Your orders" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((h) => [h.textContent?.replace(/[▲▼]/g, "").trim(), h.getAttribute("scope")])).toEqual([
      ["Order", "col"], ["Date", "col"], ["Items", "col"], ["Subtotal", "col"], ["Status", "col"],
    ]);
    expect(headers.map((h) => h.getAttribute("aria-sort"))).toEqual([null, "descending", null, null, null]);
    // changing the sort keeps the filter and starts again at page 1
    expect(within(headers[1]).getByRole("link").getAttribute("href")).toBe("/en/seller/orders?status=shipped&sort=created_at");
    expect(within(headers[0]).getByRole("link").getAttribute("href")).toBe("/en/seller/orders?status=shipped&sort=-display_id");
    expect(within(table).getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["Order #12", "Order #9"]);
  });

  it("says nothing matches a search that finds no order", () => {
    render(<SellerOrdersTable orders={[]} locale="en" t={createTranslator("en")} params={{ page: 1, q: "99", status: "", sort: "-created_at" }} />);
    expect(screen.getByTestId("seller-orders-empty").textContent).toBe("Nothing matches this search.");
  });

  it("says so when there are no orders", () => {
    render(<SellerOrdersTable orders={[]} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("seller-orders-empty").textContent).toBe("No orders yet.");
  });
});

describe("FulfilForm", () => {
  const submit = async () => {
    await act(async () => {
      fireEvent.submit(screen.getByTestId("fulfil-form"));
    });
  };

  it("sends the tracking number, courier and link for this order, and shows the backend's field errors", async () => {
    const action = vi.fn<FormAction<{ id: string }>>().mockResolvedValue({
      ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { tracking_url: "errors:tracking_url_format" },
      values: { tracking_number: "JNE123", carrier: "JNE", tracking_url: "ftp://x" },
    });
    renderInLocale(<FulfilForm orderId="order_1" locale="en" action={action} />, "en");
    fireEvent.change(screen.getByTestId("fulfil-tracking-number"), { target: { value: "JNE123" } });
    await submit();
    const fd = action.mock.calls[0][1];
    expect([fd.get("id"), fd.get("tracking_number"), fd.get("locale")]).toEqual(["order_1", "JNE123", "en"]);
    expect(screen.getByTestId("field-error-tracking_url").textContent).toBe("The tracking link must be a web address starting with http:// or https://.");
    expect((screen.getByTestId("fulfil-tracking-number") as HTMLInputElement).value).toBe("JNE123");
  });

  it("says the order is already shipped when the backend answers 409, and confirms a fulfilment in Indonesian", async () => {
    const action = vi.fn<FormAction<{ id: string }>>()
      .mockResolvedValueOnce({ ok: false, errorKey: "shop:errors.alreadyFulfilled" })
      .mockResolvedValueOnce({ ok: true, data: { id: "order_1" } });
    renderInLocale(<FulfilForm orderId="order_1" locale="id" action={action} />, "id");
    await submit();
    expect(screen.getByTestId("fulfil-error").textContent).toBe("Pesanan ini sudah ditandai dikirim.");
    await submit();
    expect(screen.getByTestId("fulfil-done").textContent).toBe("Pesanan ditandai dikirim.");
  });
});

describe("SellerOrderDetail", () => {
  const order = (payment_status: string) => toSellerOrderPage({ orders: [{
    id: "order_3", display_id: 14, currency_code: "idr", payment_status, fulfillment_status: "not_fulfilled", fulfillments: [],
    items: [{ id: "li_3", title: "Kain Jlamprang", quantity: 1, unit_price: 1500000 }], subtotal: 1500000,
    shipping: { name: "Kurir reguler (tarif demo)", amount: 25000 },
  }], count: 1, limit: 20, offset: 0 }).orders[0];

  it("shows the buyer's shipping choice and, before the payment is captured, 'awaiting payment' instead of the ship form", () => {
    render(<SellerOrderDetail order={order("authorized")} locale="id" t={createTranslator("id")} fulfil={<form data-testid="fulfil-form" />} />);
    expect(screen.getByTestId("seller-order-shipping").textContent).toMatch(/^Pengiriman yang dipilih pembeli: Kurir reguler \(tarif demo\) · Rp\s?25\.000$/);
    expect(screen.getByTestId("seller-order-awaiting-payment").textContent).toContain("Menunggu pembayaran");
    expect(screen.queryByTestId("fulfil-form")).toBeNull();
  });

  it("offers the ship form once the payment is captured", () => {
    render(<SellerOrderDetail order={order("captured")} locale="en" t={createTranslator("en")} fulfil={<form data-testid="fulfil-form" />} />);
    expect(screen.getByTestId("fulfil-form")).toBeTruthy();
    expect(screen.queryByTestId("seller-order-awaiting-payment")).toBeNull();
  });
});
