import { expect, test, type Page } from "@playwright/test";
import { ProductPage } from "../pages/product-page";
import { env } from "../support/env";
import { createApprovedSellerWithProduct, ok } from "../support/seller-api";

/**
 * The storefront keeps public product, workshop and certificate reads in its data cache; the
 * backend tells it what an event changed. A workshop's new price or stock must show within 2 s.
 */

const FRESH_WITHIN_MS = 2_000;

/**
 * Reloads the page until `shows` holds; answers how long after `since` the first view that showed
 * it was requested. A view requested within the bound but still showing the old value fails the test.
 */
async function msUntilShown(page: Page, since: number, shows: () => Promise<boolean>): Promise<number> {
  for (;;) {
    const requested = Date.now();
    await page.reload();
    if (await shows()) return requested - since;
    if (requested - since > FRESH_WITHIN_MS) return requested - since;
    await page.waitForTimeout(100);
  }
}

test("a workshop's new price and stock show on its cached product page within 2 s", async ({ page, request }) => {
  test.setTimeout(90_000);
  const stamp = `fresh${Date.now().toString(36)}`;
  const seller = await createApprovedSellerWithProduct(request, stamp, { stock: 2, priceIdr: 850000 });
  const B = env.backendURL;
  const { token } = await ok<{ token: string }>("seller login", request.post(`${B}/auth/seller/emailpass`, { data: { email: seller.email, password: seller.password } }));
  const headers = { authorization: `Bearer ${token}` };
  const { products } = await ok<{ products: { id: string; handle: string; variants: { id: string }[] }[] }>("own listings", request.get(`${B}/sellers/me/products`, { headers }));
  const listing = products.find((p) => p.handle === seller.productHandle)!;
  const variant = `${B}/sellers/me/products/${listing.id}/variants/${listing.variants[0].id}`;

  const product = new ProductPage(page);
  await product.goto("id", seller.productHandle);
  await expect(product.price).toHaveText(/850\.000/);
  // A second view is answered from the cache the first one filled.
  await page.reload();
  await expect(product.price).toHaveText(/850\.000/);
  await expect(page.getByTestId("sold-out")).toHaveCount(0);

  await ok("new price", request.post(variant, { headers, data: { prices: { idr: 910000 } } }));
  const priceAfter = await msUntilShown(page, Date.now(), async () => /910\.000/.test(await product.price.innerText()));
  expect(priceAfter, "the new price was still missing from a view requested this long after the change (ms)").toBeLessThanOrEqual(FRESH_WITHIN_MS);

  await ok("sold out", request.post(variant, { headers, data: { stock: 0 } }));
  const stockAfter = await msUntilShown(page, Date.now(), async () => (await page.getByTestId("sold-out").count()) > 0);
  expect(stockAfter, "the piece still looked available in a view requested this long after it sold out (ms)").toBeLessThanOrEqual(FRESH_WITHIN_MS);
});
