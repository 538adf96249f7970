import { type Locator, type Page } from "@playwright/test";
import type { Locale } from "../support/texts";
import { StorefrontPage } from "./storefront-page";

/** `/<locale>/sellers/<handle>`: a maker's profile and their cloth. */
export class SellerPage extends StorefrontPage {
  readonly name: Locator;
  readonly place: Locator;
  readonly workforce: Locator;
  readonly wastewater: Locator;

  constructor(page: Page) {
    super(page);
    this.name = this.heading;
    this.place = page.getByTestId("seller-place");
    this.workforce = page.getByTestId("seller-workforce");
    this.wastewater = page.getByTestId("seller-wastewater");
  }

  goto(locale: Locale, handle: string) {
    return this.page.goto(`/${locale}/sellers/${encodeURIComponent(handle)}`);
  }
}
