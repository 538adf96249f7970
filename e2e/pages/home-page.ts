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

  /** Clicks the first product card and returns the handle of the product it opened. */
  async openFirstProduct(locale: Locale): Promise<string> {
    const link = this.productCards.first().getByTestId("product-link");
    const href = await link.getAttribute("href");
    expect(href, "first product card link").toMatch(new RegExp(`^/${locale}/products/[^/?#]+$`));
    await link.click();
    await this.page.waitForURL(`**${href}`);
    return decodeURIComponent(href!.split("/").pop()!);
  }
}
