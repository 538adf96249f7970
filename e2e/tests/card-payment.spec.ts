import { expect, test, type Page } from "@playwright/test";
import { ShopFlow } from "../pages/shop-pages";
import { CardPaymentStep } from "../pages/card-payment-page";
import { adminToken } from "../support/admin-api";
import { env } from "../support/env";
import { formField, serveFakeStripeJs, stripeFakeState } from "../support/fake-stripe";
import { createApprovedSellerWithProduct } from "../support/seller-api";

// Card payments with Stripe configured against the loopback Stripe API (scripts/lib/stripe-fake.cjs)
// and a fake Stripe.js in Chromium (fixtures/fake-stripe-js.js): Stripe's test cards 4242… (pays)
// and 4000 0000 0000 0002 (declined). Nothing leaves the machine.
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

const PAYS = "4242 4242 4242 4242";
const DECLINED = "4000 0000 0000 0002";

/** An English-speaking buyer (International region, US$) with one piece in the cart, at checkout's payment step. */
async function internationalBuyerAtPayment(page: Page, request: Parameters<typeof createApprovedSellerWithProduct>[0], priceUsd: number) {
  const seller = await createApprovedSellerWithProduct(request, `${stamp()}s`, { priceUsd });
  const shop = new ShopFlow(page, "en");
  await shop.addToCart(seller.productHandle);
  await shop.openCart(1);
  await expect(page.getByTestId("total-items")).toHaveText(`US$${priceUsd.toFixed(2)}`);
  await page.getByTestId("go-to-checkout").click();
  await page.waitForURL("**/en/checkout");
  await expect(page.getByTestId("address-form-international")).toBeVisible();
  await shop.addressAndShipping({
    "address-email": `card-${stamp()}@example.com`, "address-name": "Emma de Vries", "address-phone": "+31 20 123 4567",
    "address-street": "Keizersgracht 1", "address-city": "Amsterdam", "address-postcode": "1015 CJ",
  }, { "address-country": "nl" });
  const grand = (await page.getByTestId("total-grand").textContent()) ?? "";
  expect(grand).toMatch(/^US\$\d+\.\d\d$/);
  return { seller, shop, grandTotal: grand };
}

const cents = (usd: string) => Math.round(Number(usd.replace(/[^\d.]/g, "")) * 100);

test.beforeEach(async ({ page }) => {
  await serveFakeStripeJs(page);
});

test("an English-speaking buyer in the International region pays by card in US dollars", async ({ page, request }) => {
  test.setTimeout(180_000);
  const { seller, grandTotal } = await internationalBuyerAtPayment(page, request, 64);
  // Bank transfer stays the preselected choice; the card is offered next to it.
  await expect(page.getByTestId("payment-pp_system_default")).toBeChecked();
  const card = new CardPaymentStep(page, "en");
  await card.chooseCard();

  const orderNumber = await card.payAndConfirm(PAYS);
  expect(orderNumber).toMatch(/^\d+$/);
  await test.step("the confirmation shows the order in US$, without bank-transfer instructions", async () => {
    await expect(page.getByTestId("seller-group-name")).toHaveText(`From ${seller.name}`);
    await expect(page.getByTestId("total-grand")).toHaveText(grandTotal);
    await expect(page.getByTestId("bank-transfer")).toHaveCount(0);
    await expect(page.getByTestId("cart-count")).toHaveText("0");
  });

  await test.step("the backend order holds an authorised Stripe payment in USD for the total, in cents at Stripe", async () => {
    const orderId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    const headers = { authorization: `Bearer ${await adminToken(request)}` };
    const response = await request.get(`${env.backendURL}/admin/orders/${orderId}`, {
      headers, params: { fields: "id,display_id,currency_code,total,*payment_collections,*payment_collections.payments" },
    });
    expect(response.status(), await response.text()).toBe(200);
    const { order } = await response.json();
    expect(String(order.display_id)).toBe(orderNumber);
    expect(order.currency_code).toBe("usd");
    const payments = order.payment_collections.flatMap((c: { payments: unknown[] }) => c.payments);
    expect(payments).toHaveLength(1);
    const [payment] = payments;
    expect(payment).toMatchObject({ provider_id: "pp_stripe_stripe", currency_code: "usd" });
    expect(Number(payment.amount)).toBe(Number(order.total));
    expect(Math.round(Number(order.total) * 100)).toBe(cents(grandTotal));

    const { intents, requests } = await stripeFakeState(request);
    const intent = intents.find((i) => i.id === payment.data.id);
    expect(intent, `intent ${payment.data.id} at the Stripe fake`).toBeTruthy();
    expect(intent).toMatchObject({ currency: "usd", amount: cents(grandTotal), status: "requires_capture", payment_method: "pm_card_visa" });
    // Confirmed by the browser (publishable key, the intent's client secret), not by the server.
    const confirms = requests.filter((r) => r.path === `/v1/payment_intents/${intent!.id}/confirm`);
    expect(confirms.map((r) => [r.key, formField(r.body, "payment_method_data", "card", "number")])).toEqual([["publishable", PAYS.replace(/\s/g, "")]]);
  });
});

test("a declined card says why and keeps the cart; the buyer then pays by bank transfer", async ({ page, request }) => {
  test.setTimeout(180_000);
  const { seller } = await internationalBuyerAtPayment(page, request, 48);
  const card = new CardPaymentStep(page, "en");
  await card.chooseCard();
  await card.pay(DECLINED);

  await test.step("the decline reason is shown on the checkout page and no order is placed", async () => {
    await expect(card.error).toContainText("The payment was declined. Your cart is kept");
    await expect(page.getByTestId("card-error-detail")).toHaveText("Your card was declined.");
    expect(new URL(page.url()).pathname).toBe("/en/checkout");
    const { intents } = await stripeFakeState(request);
    const declined = intents.filter((i) => i.last_payment_error?.code === "card_declined");
    expect(declined.length).toBeGreaterThan(0);
    expect(declined.at(-1)).toMatchObject({ currency: "usd", status: "requires_payment_method" });
  });

  await test.step("the cart still holds the piece after a reload", async () => {
    await page.reload();
    await expect(page.getByTestId("cart-count")).toHaveText("1");
    await expect(page.getByTestId("checkout-review").getByTestId("line-title")).toHaveText(seller.productTitle);
  });

  await test.step("a retry with the declined card is refused again; bank transfer places the order", async () => {
    await card.chooseCard();
    await card.pay(DECLINED);
    await expect(page.getByTestId("card-error-detail")).toHaveText("Your card was declined.");
    const orderNumber = await new ShopFlow(page, "en").placeOrderByBankTransfer();
    expect(orderNumber).toMatch(/^\d+$/);
    await expect(page.getByTestId("bank-transfer")).toContainText("there is no real account number");
    await expect(page.getByTestId("seller-group-name")).toHaveText(`From ${seller.name}`);
  });
});
