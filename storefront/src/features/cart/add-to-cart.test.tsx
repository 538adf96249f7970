import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { toShopFailure } from "@/lib/shop/errors";
import { AddToCart } from "./add-to-cart";

const variants = [{ id: "v1", title: "250x105", stock: 100, price: 400000, currency: "idr" }];
const action = async () => ({ ok: true as const, data: { count: 10 } });

describe("add to cart for a wholesale listing", () => {
  it("starts the quantity at the minimum and says so", () => {
    renderInLocale(<AddToCart variants={variants} locale="en" action={action} minimum={10} />, "en");
    const quantity = screen.getByTestId("add-quantity") as HTMLInputElement;
    expect(quantity.value).toBe("10");
    expect(quantity.min).toBe("10");
    expect(screen.getByTestId("add-minimum").textContent).toBe("Minimum order: 10 pieces");
    expect(quantity.getAttribute("aria-describedby")).toBe("add-to-cart-minimum");
  });

  it("sells by the piece otherwise", () => {
    renderInLocale(<AddToCart variants={variants} locale="id" action={action} />);
    expect((screen.getByTestId("add-quantity") as HTMLInputElement).value).toBe("1");
    expect(screen.queryByTestId("add-minimum")).toBeNull();
  });

  it("turns the backend's refusal below the minimum into a message naming it", () => {
    const body = { type: "invalid_data", code: "below_moq", errors: [{ field: "quantity", code: "below_moq", minimum: 10, message: "…" }] };
    expect(toShopFailure(400, body)).toEqual(expect.objectContaining({ errorKey: "shop:errors.belowMinimum", params: { minimum: "10" } }));
  });
});
