import { expect, test } from "@playwright/test";
import { SellerOrdersPage, ShopFlow } from "../pages/shop-pages";
import { createApprovedSellerWithProduct, type ApiSeller } from "../support/seller-api";
import { capturePaymentOfOrder } from "../support/admin-api";

// Fresh sellers and shopper per run, so the spec can run again against the same database.
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

test("an Indonesian shopper buys from two workshops by bank transfer; each ships its own piece; the shopper sees the tracking", async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  const run = stamp();
  let sekar: ApiSeller, kauman: ApiSeller;
  await test.step("two approved workshops each list a cloth", async () => {
    sekar = await createApprovedSellerWithProduct(request, `${run}a`, { priceIdr: 1500000 });
    kauman = await createApprovedSellerWithProduct(request, `${run}b`, { priceIdr: 850000 });
  });

  const shopper = { email: `pembeli-${run}@canting.test`, password: "rahasia-pembeli-1" };
  await test.step("the shopper creates an account", async () => {
    await page.goto("/id/account/register");
    await page.getByTestId("register-first-name").fill("Siti");
    await page.getByTestId("register-email").fill(shopper.email);
    await page.getByTestId("register-password").fill(shopper.password);
    await page.getByTestId("register-submit").click();
    await page.waitForURL("**/id/account");
    await expect(page.getByTestId("account-email")).toHaveText(shopper.email);
    await expect(page.getByTestId("account-no-orders")).toBeVisible();
  });

  const shop = new ShopFlow(page, "id");
  await test.step("one piece from each workshop goes into the cart, grouped by workshop", async () => {
    await shop.addToCart(sekar.productHandle);
    await shop.addToCart(kauman.productHandle);
    await expect(page.getByTestId("cart-count")).toHaveText("2");
    await shop.openCart(2);
    const groups = page.getByTestId("seller-group");
    await expect(groups).toHaveCount(2);
    await expect(groups.filter({ hasText: sekar.name }).getByTestId("line-title")).toHaveText(sekar.productTitle);
    await expect(groups.filter({ hasText: kauman.name }).getByTestId("line-title")).toHaveText(kauman.productTitle);
    await expect(page.getByTestId("total-items")).toHaveText(/Rp\s?2\.350\.000/);
  });

  let orderNumber = "";
  await test.step("checkout with an Indonesian address and bank transfer", async () => {
    await page.getByTestId("go-to-checkout").click();
    await page.waitForURL("**/id/checkout");
    // A 4-digit postcode is refused on its field.
    const form = page.getByTestId("checkout-address");
    // Signed in, the shopper's email is already there.
    await expect(form.getByTestId("address-email")).toHaveValue(shopper.email);
    await form.getByTestId("address-postcode").fill("5112");
    await form.getByTestId("address-submit").click();
    await expect(form.getByTestId("field-error-postal_code")).toHaveText("Kode pos harus 5 digit angka.");
    await shop.addressAndShipping({
      "address-name": "Siti Aminah", "address-phone": "081234567890", "address-street": "Jl. Hayam Wuruk No. 5 RT 02/RW 03",
      "address-kelurahan": "Kauman", "address-kecamatan": "Pekalongan Timur", "address-city": "Kota Pekalongan", "address-postcode": "51128",
    }, { "address-province": "id-jt" });
    // Each workshop ships its own part: one domestic courier per seller, both counted in the total.
    const review = page.getByTestId("checkout-review");
    await expect(review.getByTestId("seller-group-shipping")).toHaveCount(2);
    await expect(review.getByTestId("seller-group").filter({ hasText: sekar.name }).getByTestId("seller-group-shipping")).toContainText("Kurir reguler");
    await expect(page.getByTestId("total-shipping")).toHaveText(/Rp\s?50\.000/);
    orderNumber = await shop.placeOrderByBankTransfer();
    expect(orderNumber).toMatch(/^\d+$/);
  });

  await test.step("the confirmation shows the number, both workshops' pieces with their shipping, and demo transfer instructions", async () => {
    await expect(page.getByTestId("seller-group")).toHaveCount(2);
    await expect(page.getByTestId("seller-group-shipping")).toHaveCount(2);
    const bank = page.getByTestId("bank-transfer");
    await expect(bank).toContainText("tidak ada nomor rekening sungguhan");
    await expect(bank).toContainText(`#${orderNumber}`);
    await expect(page.getByTestId("cart-count")).toHaveText("0");
  });

  await test.step("before the money arrives, a workshop sees 'awaiting payment' instead of the ship form", async () => {
    const context = await browser.newContext();
    try {
      const portal = new SellerOrdersPage(await context.newPage(), "id");
      await portal.login(sekar.email, sekar.password);
      await portal.open(orderNumber);
      await expect(portal.page.getByTestId("seller-order-awaiting-payment")).toBeVisible();
      await expect(portal.page.getByTestId("fulfil-submit")).toHaveCount(0);
      await expect(portal.page.getByTestId("seller-order-shipping")).toContainText("Kurir reguler");
    } finally {
      await context.close();
    }
  });

  await test.step("the operator captures the bank transfer in the admin", async () => {
    await capturePaymentOfOrder(request, orderNumber);
  });

  for (const [seller, tracking] of [[() => sekar, "JNE0001E2E"], [() => kauman, "JNT0002E2E"]] as const) {
    await test.step(`${tracking.slice(0, 3)}: the workshop sees only its own piece and ships it`, async () => {
      const context = await browser.newContext();
      try {
        const portal = new SellerOrdersPage(await context.newPage(), "id");
        const s = seller();
        await portal.login(s.email, s.password);
        await portal.open(orderNumber);
        const items = portal.page.getByTestId("seller-order-item");
        await expect(items).toHaveCount(1);
        await expect(items).toContainText(s.productTitle);
        await expect(portal.page.getByTestId("seller-order-status")).toHaveText("Perlu dikirim");
        await portal.fulfil(tracking, tracking.slice(0, 3));
        await expect(portal.page.getByTestId("seller-order-status")).toHaveText("Dikirim");
        await expect(portal.page.getByTestId("seller-order-tracking")).toContainText(tracking);
      } finally {
        await context.close();
      }
    });
  }

  await test.step("the shopper's order page shows each workshop's part as shipped, with its tracking number", async () => {
    await page.goto("/id/account");
    await page.getByTestId("account-order").filter({ hasText: `#${orderNumber}` }).getByRole("link").click();
    await page.waitForURL("**/id/account/orders/**");
    const parts = page.getByTestId("order-part");
    await expect(parts).toHaveCount(2);
    await expect(parts.filter({ hasText: kauman.name }).getByTestId("order-part-shipping")).toContainText("Kurir reguler");
    await expect(parts.filter({ hasText: sekar.name }).getByTestId("order-part-status")).toHaveText("Status: Dikirim");
    await expect(parts.filter({ hasText: sekar.name }).getByTestId("order-part-tracking")).toContainText("JNE0001E2E");
    await expect(parts.filter({ hasText: kauman.name }).getByTestId("order-part-tracking")).toContainText("JNT0002E2E");
  });
});

test("an English-speaking buyer in the International region checks out in US dollars by bank transfer", async ({ page, request }) => {
  test.setTimeout(180_000);
  const seller = await createApprovedSellerWithProduct(request, `${stamp()}c`, { priceUsd: 55 });
  const shop = new ShopFlow(page, "en");
  await shop.addToCart(seller.productHandle);
  await shop.openCart(1);
  await expect(page.getByTestId("seller-group-name")).toHaveText(`From ${seller.name}`);
  await expect(page.getByTestId("total-items")).toHaveText("US$55.00");
  await page.getByTestId("go-to-checkout").click();
  await page.waitForURL("**/en/checkout");
  await expect(page.getByTestId("address-form-international")).toBeVisible();
  await shop.addressAndShipping({
    "address-email": `buyer-${stamp()}@example.com`, "address-name": "Emma de Vries", "address-phone": "+31 20 123 4567",
    "address-street": "Keizersgracht 1", "address-city": "Amsterdam", "address-postcode": "1015 CJ",
  }, { "address-country": "nl" });
  await expect(page.getByTestId("checkout-review").getByTestId("seller-group-shipping")).toContainText("International courier / EMS");
  await expect(page.getByTestId("total-shipping")).toHaveText("US$35.00");
  await expect(page.getByTestId("total-grand")).toHaveText(/^US\$\d+\.\d\d$/);
  const orderNumber = await shop.placeOrderByBankTransfer();
  expect(orderNumber).toMatch(/^\d+$/);
  await expect(page.getByTestId("bank-transfer")).toContainText("there is no real account number");
  await expect(page.getByTestId("seller-group-name")).toHaveText(`From ${seller.name}`);
  await expect(page.getByTestId("total-grand")).toHaveText(/^US\$\d+\.\d\d$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a shopper still adds a piece, sees the cart and gets per-field errors at checkout", async ({ page, request }) => {
    test.setTimeout(120_000);
    const seller = await createApprovedSellerWithProduct(request, `${stamp()}d`);
    await page.goto(`/id/products/${seller.productHandle}`);
    await page.getByTestId("add-to-cart-submit").click();
    await expect(page.getByTestId("added-to-cart")).toBeVisible();
    await page.getByTestId("cart-link").click(); // a plain link without JavaScript
    await page.waitForURL("**/id/cart");
    await expect(page.getByTestId("line-title")).toHaveText(seller.productTitle);
    await page.getByTestId("go-to-checkout").click();
    await page.getByTestId("address-postcode").fill("511");
    await page.getByTestId("address-submit").click();
    await expect(page.getByTestId("field-error-postal_code")).toHaveText("Kode pos harus 5 digit angka.");
    await expect(page.getByTestId("address-postcode")).toHaveValue("511");
  });
});
