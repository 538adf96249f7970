import { expect, type Locator, type Page } from "@playwright/test";

type Locale = "id" | "en";

/** Checkout's payment step when paying by card (Stripe's Payment Element, here the e2e's fake Stripe.js). */
export class CardPaymentStep {
  readonly cardForm: Locator;
  readonly error: Locator;

  constructor(readonly page: Page, readonly locale: Locale) {
    this.cardForm = page.getByTestId("card-form");
    this.error = page.getByTestId("card-error");
  }

  /** Chooses the card and waits for the Payment Element's card-number field. */
  async chooseCard(): Promise<void> {
    await this.page.getByTestId("payment-pp_stripe_stripe").check();
    await expect(this.cardForm).toBeVisible();
    await expect(this.cardNumber()).toBeVisible();
  }

  cardNumber(): Locator {
    return this.cardForm.getByLabel(this.locale === "id" ? "Nomor kartu" : "Card number");
  }

  /** Types the card number and presses "pay". */
  async pay(number: string): Promise<void> {
    await this.cardNumber().fill(number);
    await this.page.getByTestId("card-pay").click();
  }

  /** Pays and waits for the confirmation page; answers the order number. */
  async payAndConfirm(number: string): Promise<string> {
    await this.pay(number);
    await this.page.waitForURL(`**/${this.locale}/order/confirmed/**`);
    const text = (await this.page.getByTestId("order-number").textContent()) ?? "";
    return text.replace(/^.*#/, "").trim();
  }
}
