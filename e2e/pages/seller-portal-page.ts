import { expect, type Locator, type Page } from "@playwright/test";
import type { Locale } from "../support/texts";
import { png } from "./seller-listings-page";

export type NewSeller = { email: string; password: string; name: string; handle: string; owner: string; phone: string };

/** A small PDF the backend accepts by content (it sniffs the `%PDF-` magic). */
export const pdf = (name: string) => ({
  name, mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`),
});

/** The seller portal: sign-up, the onboarding wizard (`/seller/onboarding/<step>`) and the portal home. */
export class SellerPortalPage {
  readonly statusBanner: Locator;
  readonly listingsLink: Locator;

  constructor(readonly page: Page, readonly locale: Locale = "id") {
    this.statusBanner = page.getByTestId("seller-status-banner");
    this.listingsLink = page.getByTestId("portal-listings-link");
  }

  private fill(testId: string, value: string) {
    return this.page.getByTestId(testId).fill(value);
  }

  /** Registers at `/seller/register`; the portal then opens the wizard's first step. */
  async register(s: NewSeller): Promise<void> {
    await this.page.goto(`/${this.locale}/seller/register`);
    await this.fill("register-email", s.email);
    await this.fill("register-password", s.password);
    await this.fill("register-store-name", s.name);
    await this.fill("register-handle", s.handle);
    await this.fill("register-owner-name", s.owner);
    await this.fill("register-phone", s.phone);
    await this.page.getByTestId("register-submit").click();
    await this.page.waitForURL(`**/${this.locale}/seller/onboarding/business`);
  }

  /** Clicks "Save & continue" on `step` and waits for the next step's page. */
  async saveAndContinue(step: string, next: string): Promise<void> {
    const form = this.page.getByTestId(`onboarding-form-${step}`);
    await expect(form).toBeVisible();
    await form.getByTestId("onboarding-save-next").click();
    await expect(this.page.getByTestId("form-error"), `step ${step} was refused`).toHaveCount(0);
    await this.page.waitForURL(`**/${this.locale}/seller/onboarding/${next}`);
  }

  /** Fills every field of every form step of the wizard, from "business" to "story". */
  async completeFormSteps(): Promise<void> {
    const page = this.page;
    await page.getByTestId("input-sentra").selectOption("kauman");
    await this.saveAndContinue("business", "identity");

    await this.fill("input-nib", "9120001234567");
    await this.fill("input-npwp", "3375012345678901");
    await this.fill("input-kbli", "13134");
    await page.getByTestId("input-scale_basis").locator('input[value="modal_usaha"]').check();
    await this.fill("input-declared_amount_idr", "150000000");
    await this.saveAndContinue("identity", "address");

    await this.fill("input-street", "Jl. Hasanuddin No. 12");
    await this.fill("input-kelurahan", "Kauman");
    await this.fill("input-kecamatan", "Pekalongan Timur");
    await this.fill("input-city", "Kota Pekalongan");
    await this.fill("input-province", "Jawa Tengah");
    await this.fill("input-postcode", "51128");
    await this.saveAndContinue("address", "production");

    await this.fill("input-founded_year", "1998");
    await page.getByTestId("input-techniques").locator('input[value="batik_tulis"]').check();
    await page.locator('input[name="capacity.batik_tulis.units_per_month"]').fill("40");
    await page.locator('input[name="capacity.batik_tulis.lead_time_days"]').fill("30");
    await this.saveAndContinue("production", "people");

    await page.getByTestId("input-wastewater_method").locator('input[value="own_ipal"]').check();
    await this.fill("input-workforce_total", "8");
    await this.fill("input-workforce_bpjs", "4");
    await this.fill("input-artisans_over_50", "2");
    await this.fill("input-apprentices_under_25", "1");
    await this.saveAndContinue("people", "story");

    await this.fill("input-story-id", "Usaha keluarga sejak 1998 yang membatik tulis dengan pewarna alam di Kauman.");
    await this.fill("input-story-en", "A family workshop since 1998, hand-drawing batik with natural dyes in Kauman.");
    await page.getByTestId("profile-logo-input").setInputFiles(png("logo.png"));
    await expect(page.getByTestId("profile-logo-preview")).toBeVisible();
    await this.saveAndContinue("story", "documents");
  }

  /** Uploads one document on the documents step and waits until it is listed. */
  async uploadDocument(kind: "nib" | "npwp" | "ktp"): Promise<void> {
    const form = this.page.getByTestId("document-upload-form");
    await form.getByTestId("document-kind").selectOption(kind);
    await form.getByTestId("document-file").setInputFiles(pdf(`${kind}.pdf`));
    await form.getByTestId("document-upload-submit").click();
    await expect(this.page.locator(`[data-testid="document-row"][data-kind="${kind}"]`)).toBeVisible();
  }

  /**
   * Submits the application and opens the portal home. The wizard's page re-renders as "submitted"
   * (its banner shows it) and may do so before the submit form's own redirect runs, so we wait for the
   * banner, not for the URL.
   */
  async submitForReview(): Promise<void> {
    await this.page.getByTestId("seller-submit-review").click();
    // Submitting takes the seller back to the portal home, where the banner shows the review.
    await this.page.waitForURL(`**/${this.locale}/seller`);
    await expect(this.statusBanner).toHaveAttribute("data-status", "submitted");
  }

  goto() {
    return this.page.goto(`/${this.locale}/seller`);
  }
}
