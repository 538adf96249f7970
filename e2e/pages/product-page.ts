import { type Locator, type Page } from "@playwright/test";
import type { Locale } from "../support/texts";
import { StorefrontPage } from "./storefront-page";

/** `/<locale>/products/<handle>`: one cloth with its technique, price, maker and facts. */
export class ProductPage extends StorefrontPage {
  readonly title: Locator;
  readonly techniqueLabel: Locator;
  readonly price: Locator;
  readonly sellerLink: Locator;
  readonly demoNotice: Locator;
  readonly imitationNotice: Locator;
  readonly untranslatedNote: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading;
    // The product itself; related pieces below it carry their own prices and labels.
    const main = page.locator("main article.product");
    this.techniqueLabel = main.locator(".product__technique").getByTestId("technique-label");
    this.price = main.getByTestId("price");
    this.sellerLink = main.getByTestId("seller-link");
    this.demoNotice = main.getByTestId("demo-notice");
    this.imitationNotice = main.getByTestId("imitation-notice");
    this.untranslatedNote = main.getByTestId("untranslated-note");
  }

  goto(locale: Locale, handle: string) {
    return this.page.goto(ProductPage.path(locale, handle));
  }

  static path(locale: Locale, handle: string): string {
    return `/${locale}/products/${encodeURIComponent(handle)}`;
  }

  /** A row of the facts list, e.g. fact("technique") or fact("fabric"). */
  fact(name: string): Locator {
    return this.page.getByTestId(`fact-${name}`);
  }
}
