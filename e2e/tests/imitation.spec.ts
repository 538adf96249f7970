import { expect, test } from "@playwright/test";
import { ProductPage } from "../pages/product-page";
import { findProductByTechnique, type StoreProduct } from "../support/store-api";
import { TECHNIQUE_LABEL, TEXT, type Locale } from "../support/texts";

test.describe("imitation batik is labelled as not batik", () => {
  let printed: StoreProduct;

  test.beforeAll(async ({ playwright }) => {
    const request = await playwright.request.newContext();
    try {
      printed = await findProductByTechnique(request, "tiruan_batik_printing");
    } finally {
      await request.dispose();
    }
  });

  for (const locale of ["en", "id"] as const satisfies readonly Locale[]) {
    test(`on the ${locale} product page`, async ({ page }) => {
      const product = new ProductPage(page);
      const response = await product.goto(locale, printed.handle);
      expect(response?.status()).toBe(200);

      await expect(product.imitationNotice).toBeVisible();
      await expect(product.imitationNotice).toContainText(TEXT[locale].notBatik);
      await expect(product.imitationNotice).toContainText(TEXT[locale].imitationBadge);
      await expect(product.imitationNotice.getByRole("heading", { name: TEXT[locale].imitationTitle })).toBeVisible();
      await expect(product.techniqueLabel).toHaveAttribute("data-technique", "tiruan_batik_printing");
      await expect(product.techniqueLabel).toHaveText(TECHNIQUE_LABEL[locale].tiruan_batik_printing);
      await expect(product.fact("technique")).toContainText(TEXT[locale].notBatik);
    });
  }
});
