import { expect, type Page } from "@playwright/test";

type Locale = "id" | "en";

/** Product page → cart → checkout → confirmation, as a shopper clicks through them. */
export class ShopFlow {
  constructor(readonly page: Page, readonly locale: Locale) {}

  /** Adds one piece from the product page and waits for the confirmation under the button. */
  async addToCart(productHandle: string): Promise<void> {
    await this.page.goto(`/${this.locale}/products/${productHandle}`);
    await this.page.getByTestId("add-to-cart-submit").click();
    await expect(this.page.getByTestId("added-to-cart")).toBeVisible();
  }

  /** Opens the header's cart drawer, checks it lists `groups` workshops, and goes on to the cart page. */
  async openCart(groups: number): Promise<void> {
    await this.page.getByTestId("cart-link").click();
    await expect(this.page.getByTestId("cart-drawer-group")).toHaveCount(groups);
    await this.page.getByTestId("cart-drawer-view").click();
    await this.page.waitForURL(`**/${this.locale}/cart`);
  }

  /** Fills and saves the address step (Indonesian or international form), then picks each workshop's first shipping option. */
  async addressAndShipping(fields: Record<string, string>, selects: Record<string, string>): Promise<void> {
    const form = this.page.getByTestId("checkout-address");
    for (const [testId, value] of Object.entries(fields)) await form.getByTestId(testId).fill(value);
    for (const [testId, value] of Object.entries(selects)) await form.getByTestId(testId).selectOption(value);
    await form.getByTestId("address-submit").click();
    const shipping = this.page.getByTestId("checkout-shipping");
    await expect(shipping).toBeVisible();
    // One choice per workshop: each seller ships its own part.
    const groups = shipping.getByTestId("shipping-options");
    const count = await groups.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await groups.nth(i).locator('input[type="radio"]').first().check();
    await shipping.getByTestId("shipping-submit").click();
    await expect(this.page.getByTestId("checkout-payment")).toBeVisible();
  }

  /** Places the order by bank transfer and answers the confirmation page's order number. */
  async placeOrderByBankTransfer(): Promise<string> {
    await this.page.getByTestId("payment-pp_system_default").check();
    await this.page.getByTestId("place-order").click();
    await this.page.waitForURL(`**/${this.locale}/order/confirmed/**`);
    const number = (await this.page.getByTestId("order-number").textContent()) ?? "";
    return number.replace(/^.*#/, "").trim();
  }
}

/** The seller portal's orders: log in, open an order by number, fulfil it with a tracking number. */
export class SellerOrdersPage {
  constructor(readonly page: Page, readonly locale: Locale = "id") {}

  async login(email: string, password: string): Promise<void> {
    await this.page.goto(`/${this.locale}/seller/login`);
    await this.page.getByTestId("login-email").fill(email);
    await this.page.getByTestId("login-password").fill(password);
    await this.page.getByTestId("login-submit").click();
    await this.page.waitForURL(`**/${this.locale}/seller`);
  }

  async open(orderNumber: string): Promise<void> {
    await this.page.getByTestId("portal-nav-orders").click();
    await this.page.waitForURL(`**/${this.locale}/seller/orders`);
    await this.page.getByTestId("seller-order-link").filter({ hasText: `#${orderNumber}` }).click();
    await this.page.waitForURL(`**/${this.locale}/seller/orders/order_*`);
  }

  async fulfil(trackingNumber: string, carrier: string): Promise<void> {
    await this.page.getByTestId("fulfil-tracking-number").fill(trackingNumber);
    await this.page.getByTestId("fulfil-carrier").fill(carrier);
    await this.page.getByTestId("fulfil-submit").click();
  }
}
