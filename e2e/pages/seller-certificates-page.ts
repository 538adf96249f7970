import { expect, type Locator, type Page } from "@playwright/test";
import type { Locale } from "../support/texts";
import { pdf } from "./seller-portal-page";

export type CertificateClaim = {
  scheme: string; productTitle: string; issuer: string; number: string; issuedAt: string; expiresAt: string; evidence: string;
};

/** The seller portal's `/seller/certifications`: the seller's certificates and the form to add one with evidence. */
export class SellerCertificatesPage {
  readonly form: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page, readonly locale: Locale = "id") {
    this.form = page.getByTestId("certificate-form");
    this.rows = page.getByTestId("certificate-row");
  }

  async goto(): Promise<void> {
    await this.page.goto(`/${this.locale}/seller/certifications`);
    await expect(this.form).toBeVisible();
  }

  /** Fills the claim (scheme, product, issuer, number, dates), attaches a PDF as evidence and sends it for review. */
  async add(claim: CertificateClaim): Promise<void> {
    const f = this.form;
    await f.getByTestId("certificate-scheme").selectOption(claim.scheme);
    await f.getByTestId("certificate-product").selectOption({ label: claim.productTitle });
    await f.getByTestId("certificate-issuer").fill(claim.issuer);
    await f.getByTestId("certificate-number").fill(claim.number);
    await f.getByTestId("certificate-issued").fill(claim.issuedAt);
    await f.getByTestId("certificate-expires").fill(claim.expiresAt);
    await f.getByTestId("certificate-files").setInputFiles(pdf(claim.evidence));
    await f.getByTestId("certificate-submit").click();
    await expect(f.getByTestId("certificate-form-error")).toHaveCount(0);
    await expect(f.getByTestId("certificate-added")).toBeVisible();
  }

  /** The listed certificate numbered `number`. */
  row(number: string): Locator {
    return this.rows.filter({ hasText: number });
  }
}
