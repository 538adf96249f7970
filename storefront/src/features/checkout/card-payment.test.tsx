import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { renderInLocale } from "@/test/render-client";
import type { FormAction } from "@/lib/result";

// Stripe.js cannot load offline: a stand-in with the same surface the component uses.
const stripe = vi.hoisted(() => ({ confirmPayment: vi.fn() }));
vi.mock("@stripe/stripe-js", () => ({ loadStripe: vi.fn(async () => stripe) }));
vi.mock("@stripe/react-stripe-js", () => ({
  Elements: ({ children, options }: { children: ReactNode; options: { clientSecret: string } }) => <div data-testid="elements" data-secret={options.clientSecret}>{children}</div>,
  PaymentElement: () => <div data-testid="payment-element" />,
  useStripe: () => stripe,
  useElements: () => ({ id: "elements" }),
}));

const { CardPayment } = await import("./card-payment");

function renderCard(complete: FormAction<null>, locale: "id" | "en" = "id") {
  const start = vi.fn<FormAction<{ clientSecret: string }>>().mockResolvedValue({ ok: true, data: { clientSecret: "pi_1_secret_2" } });
  renderInLocale(<CardPayment publishableKey="pk_test_x" locale={locale} returnUrl="http://shop.test/id/checkout/complete" start={start} complete={complete} />, locale);
  return start;
}

describe("CardPayment", () => {
  it("opens a Stripe session for the cart and mounts the Payment Element with its client secret", async () => {
    const start = renderCard(vi.fn());
    await waitFor(() => expect(screen.getByTestId("elements").getAttribute("data-secret")).toBe("pi_1_secret_2"));
    expect(start.mock.calls[0][1].get("locale")).toBe("id");
    expect(screen.getByTestId("payment-element")).toBeTruthy();
  });

  it("shows why a card was declined and does not place the order", async () => {
    const complete = vi.fn<FormAction<null>>();
    stripe.confirmPayment.mockResolvedValueOnce({ error: { type: "card_error", message: "Your card was declined." } });
    renderCard(complete);
    await waitFor(() => screen.getByTestId("card-form"));
    await act(async () => {
      fireEvent.submit(screen.getByTestId("card-form"));
    });
    expect(stripe.confirmPayment).toHaveBeenCalledWith(expect.objectContaining({ redirect: "if_required", confirmParams: { return_url: "http://shop.test/id/checkout/complete" } }));
    expect(screen.getByTestId("card-error").textContent).toContain("Pembayaran ditolak. Keranjang Anda tetap tersimpan");
    expect(screen.getByTestId("card-error-detail").textContent).toBe("Your card was declined.");
    expect(complete).not.toHaveBeenCalled();
  });

  it("places the order once Stripe has confirmed the payment", async () => {
    const complete = vi.fn<FormAction<null>>().mockResolvedValue({ ok: true, data: null });
    stripe.confirmPayment.mockResolvedValueOnce({ paymentIntent: { status: "requires_capture" } });
    renderCard(complete, "en");
    await waitFor(() => screen.getByTestId("card-form"));
    await act(async () => {
      fireEvent.submit(screen.getByTestId("card-form"));
    });
    await waitFor(() => expect(complete).toHaveBeenCalledOnce());
    expect(complete.mock.calls[0][1].get("locale")).toBe("en");
  });
});
