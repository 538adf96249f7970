import { expect, test, type Browser } from "@playwright/test";
import { HomePage } from "../pages/home-page";
import { ProductPage } from "../pages/product-page";
import { env } from "../support/env";
import type { Locale } from "../support/texts";

/** A product handle taken from the Indonesian home page, in a throwaway context (no cookies leak into the test). */
async function someProductHandle(browser: Browser): Promise<string> {
  const context = await browser.newContext({ baseURL: env.baseURL });
  try {
    const home = new HomePage(await context.newPage());
    await home.goto("id");
    const [href] = await home.productHrefs();
    expect(href).toMatch(/^\/id\/products\/[^/]+$/);
    return decodeURIComponent(href.split("/").pop()!);
  } finally {
    await context.close();
  }
}

const cases: { browserLocale: string; expected: Locale; why: string }[] = [
  { browserLocale: "en-US", expected: "en", why: "an English-speaking browser" },
  { browserLocale: "id-ID", expected: "id", why: "an Indonesian browser" },
  { browserLocale: "fr-FR", expected: "id", why: "a browser preferring neither language (falls back to Indonesian)" },
];

let handle: string;
test.beforeAll(async ({ browser }) => {
  handle = await someProductHandle(browser);
});

for (const { browserLocale, expected, why } of cases) {
  test.describe(`locale redirect for ${why} (${browserLocale})`, () => {
    test.use({ locale: browserLocale });

    test(`/ redirects (307) to /${expected}`, async ({ page }) => {
      const response = await page.goto("/");
      await expect(page).toHaveURL(`/${expected}`);
      expect(response?.status()).toBe(200);
      const redirect = await response!.request().redirectedFrom()?.response();
      expect(redirect?.status(), "the proxy answers / with a temporary redirect").toBe(307);
      await expect(page.locator("html")).toHaveAttribute("lang", expected);
      await expect(new HomePage(page).productCards.first()).toBeVisible();
    });

    test(`/products/<handle> redirects to /${expected}/products/<handle>`, async ({ page }) => {
      await page.goto(`/products/${encodeURIComponent(handle)}?ref=e2e`);
      await expect(page).toHaveURL(`${ProductPage.path(expected, handle)}?ref=e2e`);
      const product = new ProductPage(page);
      await expect(product.title).toBeVisible();
      await expect(product.notFound).toHaveCount(0);
    });
  });
}
