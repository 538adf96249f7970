import { expect, test } from "@playwright/test";
import { TEXT, type Locale } from "../support/texts";
import { StorefrontPage } from "../pages/storefront-page";

const MISSING = "kain-yang-tidak-pernah-ada-e2e";

for (const locale of ["id", "en"] as const satisfies readonly Locale[]) {
  test.describe(`not found in ${locale}`, () => {
    test("an unknown product handle shows the translated 404", async ({ page }) => {
      const response = await page.goto(`/${locale}/products/${MISSING}`);
      expect(response?.status()).toBe(404);
      const view = new StorefrontPage(page);
      await expect(view.notFound).toBeVisible();
      await expect(view.notFound.getByRole("heading", { level: 1 })).toHaveText(TEXT[locale].notFoundTitle);
      await expect(view.notFound).toContainText(TEXT[locale].notFoundBody);
      await expect(view.notFound.getByRole("link", { name: TEXT[locale].notFoundBackHome })).toHaveAttribute("href", `/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(view.languageSwitcher).toBeVisible();
    });

    test("an unknown seller handle shows the translated 404", async ({ page }) => {
      const response = await page.goto(`/${locale}/sellers/${MISSING}`);
      expect(response?.status()).toBe(404);
      const view = new StorefrontPage(page);
      await expect(view.notFound.getByRole("heading", { level: 1 })).toHaveText(TEXT[locale].notFoundTitle);
    });
  });
}
