import { expect, type Locator, type Page } from "@playwright/test";
import type { Technique } from "../support/texts";
import type { Locale } from "../support/texts";

/** A 1×1 PNG: the smallest photo the upload route accepts by content. */
export const png = (name: string) => ({
  name, mimeType: "image/png",
  buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
});

export type NewListing = {
  titleId: string; titleEn: string; descriptionId: string; technique: Technique;
  size: string; colour: string; priceIdr: string; priceUsd: string; stock: string;
};

/** `/<locale>/seller/products` (the seller's listings) and its new/edit form. */
export class SellerListingsPage {
  readonly rows: Locator;
  readonly form: Locator;

  constructor(readonly page: Page, readonly locale: Locale = "id") {
    this.rows = page.getByTestId("listing-row");
    this.form = page.getByTestId("listing-form");
  }

  goto() {
    return this.page.goto(`/${this.locale}/seller/products`);
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId("listing-title").getByText(title, { exact: true }) });
  }

  /** Opens the new-listing form, fills every field (one photo, one variant) and saves it as a draft. */
  async create(l: NewListing): Promise<void> {
    await this.page.getByTestId("listing-add").click();
    await this.page.waitForURL(`**/${this.locale}/seller/products/new`);
    const f = this.form;
    await f.getByTestId("listing-title-id").fill(l.titleId);
    await f.getByTestId("listing-title-en").fill(l.titleEn);
    await f.getByTestId("listing-description-id").fill(l.descriptionId);
    await f.getByTestId("listing-technique").locator(`input[value="${l.technique}"]`).check();
    await f.getByTestId("listing-dye-family").selectOption("natural");
    await f.getByTestId("listing-fabric").selectOption("mori_primissima");
    await f.getByTestId("listing-form-type").selectOption("kain_panjang");
    await f.getByTestId("listing-motifs").locator('input[value="jlamprang"]').check();
    await f.getByTestId("listing-length").fill("250");
    await f.getByTestId("listing-width").fill("105");
    await f.getByTestId("listing-images-input").setInputFiles(png("jlamprang.png"));
    await expect(f.getByTestId("listing-image")).toHaveCount(1);
    await f.getByTestId("variant-0-size").fill(l.size);
    await f.getByTestId("variant-0-colour").fill(l.colour);
    await f.getByTestId("variant-0-price-idr").fill(l.priceIdr);
    await f.getByTestId("variant-0-price-usd").fill(l.priceUsd);
    await f.getByTestId("variant-0-stock").fill(l.stock);
    await f.getByTestId("listing-save").click();
    await this.page.waitForURL(`**/${this.locale}/seller/products`);
  }

  /** Publishes a draft from the list and waits until its row says so. */
  async publish(title: string): Promise<void> {
    const row = this.row(title);
    await row.getByTestId("listing-publish").click();
    await expect(row).toHaveAttribute("data-status", "published");
  }
}
