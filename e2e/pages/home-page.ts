import { expect, type Page } from "@playwright/test";
import type { Locale } from "../support/texts";
import { StorefrontPage } from "./storefront-page";

/** `/<locale>`: hero plus the latest products (the catalogue grid). */
export class HomePage extends StorefrontPage {
  constructor(page: Page) {
    super(page);
  }

  async goto(locale: Locale) {
    const response = await this.page.goto(`/${locale}`);
    await expect(this.productCards.first()).toBeVisible();
    return response;
  }

  /**
   * Clicks the first product card (the first whose handle is in `among`, when given) and returns the
   * handle of the product it opened.
   */
  async openFirstProduct(locale: Locale, among?: Set<string>): Promise<string> {
    const links = this.productCards.getByTestId("product-link");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const index = among ? hrefs.findIndex((h) => among.has(decodeURIComponent(h.split("/").pop() ?? ""))) : 0;
    expect(index, `a product card among ${among ? [...among].join(", ") : "all"}`).toBeGreaterThanOrEqual(0);
    const href = hrefs[index];
    expect(href, "product card link").toMatch(new RegExp(`^/${locale}/products/[^/?#]+$`));
    await links.nth(index).click();
    await this.page.waitForURL(`**${href}`);
    return decodeURIComponent(href.split("/").pop()!);
  }
}
