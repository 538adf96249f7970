import { expect, type Locator, type Page } from "@playwright/test";
import { AdminLoginPage } from "./admin-login-page";

export type VerificationMethodLabel = "Document inspection" | "Issuer registry lookup" | "Confirmed by the issuer" | "Workshop visit";

/**
 * The Medusa admin's "Certificates" pages (backend/src/admin/routes/certifications), in the
 * dashboard's default language (English): the review queue and one certificate's review.
 */
export class AdminCertificatesPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("main").getByRole("heading", { name: "Certificates" });
  }

  /** Signs the operator in through the admin's login form and waits for the dashboard. */
  async signIn(email: string, password: string): Promise<void> {
    const login = new AdminLoginPage(this.page);
    await login.goto();
    const session = await login.loginAndOpenSession(email, password);
    expect(session.status(), "POST /auth/session").toBe(200);
    await expect(login.navLink("Orders")).toBeVisible({ timeout: 20_000 });
  }

  /** Opens the queue from the sidebar's "Certificates" link (pending claims first). */
  async openFromNav(): Promise<void> {
    await new AdminLoginPage(this.page).navLink("Certificates").click();
    await expect(this.page).toHaveURL(/\/app\/certifications/);
    await expect(this.heading).toBeVisible();
  }

  /** The queue's row for the certificate numbered `number`. */
  row(number: string): Locator {
    return this.page.getByRole("row").filter({ hasText: number });
  }

  /** Opens a pending certificate's review (the claim beside its evidence). */
  async openPending(number: string): Promise<void> {
    await expect(this.row(number)).toBeVisible({ timeout: 15_000 });
    await this.row(number).click();
    await expect(this.page).toHaveURL(/\/app\/certifications\/[^/?]+$/);
    await expect(this.page.getByText(number, { exact: true })).toBeVisible();
  }

  /** The inline preview of an evidence file (a PDF shows in a frame). */
  evidence(filename: string): Locator {
    return this.page.locator(`iframe[title="${filename}"]`);
  }

  /** Verify → choose the method → confirm in the drawer; resolves once the backend has saved it. */
  async verify(method: VerificationMethodLabel, note?: string): Promise<void> {
    await this.page.getByRole("button", { name: "Verify", exact: true }).click();
    const drawer = this.page.getByRole("dialog");
    await expect(drawer).toBeVisible();
    // The method picker (Radix Select) ignores a click that lands while the drawer is still sliding in,
    // and its list can re-render (detaching the option) while the page refreshes its data: open it
    // and pick the method until the picker shows it.
    const option = this.page.getByRole("option", { name: method, exact: true });
    await expect(async () => {
      if (!(await option.isVisible())) await drawer.getByRole("combobox").click();
      await option.click({ timeout: 2_000 });
      await expect(drawer.getByRole("combobox")).toContainText(method, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    if (note) await drawer.getByRole("textbox").fill(note);
    const saved = this.page.waitForResponse((r) => r.request().method() === "POST" && /\/admin\/certifications\/[^/]+\/verify$/.test(new URL(r.url()).pathname));
    await drawer.getByRole("button", { name: "Verify", exact: true }).click();
    const response = await saved;
    expect(response.status(), `verify: ${await response.text()}`).toBe(200);
    await expect(drawer).toBeHidden();
  }
}
