import { expect, test } from "@playwright/test";
import { ProductPage } from "../pages/product-page";
import { SellerListingsPage } from "../pages/seller-listings-page";
import { SellerPage } from "../pages/seller-page";
import { SellerPortalPage } from "../pages/seller-portal-page";
import { approveSeller } from "../support/admin-api";
import { TECHNIQUE_LABEL } from "../support/texts";

// A fresh seller per run, so the journey can be repeated against the same database.
const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const seller = {
  email: `e2e-${stamp}@canting.test`, password: "rahasia-e2e-123", name: `Batik Uji ${stamp}`,
  handle: `batik-uji-${stamp}`, owner: "Siti Aminah", phone: "+6281234567890",
};
const listing = {
  titleId: `Kain Jlamprang Uji ${stamp}`, titleEn: `Jlamprang Test Cloth ${stamp}`,
  descriptionId: "Kain batik tulis pewarna alam, motif jlamprang.", technique: "batik_tulis" as const,
  size: "250x105", colour: "Biru", priceIdr: "1500000", priceUsd: "95", stock: "2",
};

test("a new workshop signs up, is approved, lists a cloth, and a shopper finds it", async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  const portal = new SellerPortalPage(page, "id");

  await test.step("register and complete every onboarding step", async () => {
    await portal.register(seller);
    await portal.completeFormSteps();
    for (const kind of ["nib", "npwp", "ktp"] as const) await portal.uploadDocument(kind);
  });

  await test.step("submit for review", async () => {
    await portal.submitForReview();
    await expect(portal.statusBanner).toHaveAttribute("data-status", "submitted");
  });

  await test.step("the operator approves through the admin API", async () => {
    await approveSeller(request, seller.handle);
    await portal.goto();
    await expect(portal.statusBanner).toHaveAttribute("data-status", "approved");
  });

  const listings = new SellerListingsPage(page, "id");
  await test.step("create a listing and publish it", async () => {
    await portal.listingsLink.click();
    await page.waitForURL("**/id/seller/products");
    await listings.create(listing);
    const row = listings.row(listing.titleId);
    await expect(row).toHaveAttribute("data-status", "draft");
    await expect(row.getByTestId("listing-technique")).toHaveText(TECHNIQUE_LABEL.id.batik_tulis);
    await expect(row.getByTestId("listing-stock")).toHaveText("Stok: 2");
    await listings.publish(listing.titleId);
    await expect(row.getByTestId("listing-status")).toHaveText("Tayang");
  });

  await test.step("a shopper finds the maker and the cloth", async () => {
    const shopper = await browser.newContext();
    try {
      const shopperPage = await shopper.newPage();
      const profile = new SellerPage(shopperPage);
      await profile.goto("id", seller.handle);
      await expect(profile.name).toHaveText(seller.name);
      await expect(shopperPage.getByRole("img", { name: `Logo ${seller.name}` })).toBeVisible();
      const card = profile.productCards.filter({ hasText: listing.titleId });
      await expect(card).toHaveCount(1);

      await card.getByTestId("product-link").click();
      await shopperPage.waitForURL("**/id/products/**");
      const product = new ProductPage(shopperPage);
      await expect(product.title).toHaveText(listing.titleId);
      await expect(product.sellerLink).toHaveAttribute("href", `/id/sellers/${seller.handle}`);
    } finally {
      await shopper.close();
    }
  });
});
