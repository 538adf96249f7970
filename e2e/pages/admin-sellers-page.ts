import { expect, type Locator, type Page } from "@playwright/test";
import { env } from "../support/env";
import { AdminLoginPage } from "./admin-login-page";

/** Status labels as the admin shows them in English (from @canting/i18n's vocab). */
export const ADMIN_STATUS_LABEL = {
  draft: "Draft",
  submitted: "Submitted",
  changes_requested: "Changes requested",
  approved: "Approved",
  rejected: "Rejected",
  suspended: "Suspended",
} as const;

export type AdminAction = "Approve" | "Reject" | "Request changes" | "Suspend" | "Reinstate";

/**
 * The operator's "Sellers" extension of the Medusa admin (`/app/sellers`): the review queue (status
 * tabs, search, table) and one seller's review page (profile sections, documents, history, actions).
 */
export class AdminSellersPage {
  readonly login: AdminLoginPage;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.login = new AdminLoginPage(page);
    this.main = page.getByRole("main");
  }

  /** Signs the operator in (English dashboard) and waits for the dashboard shell. */
  async signIn(): Promise<void> {
    // The dashboard reads its language from the `lng` cookie/localStorage; pin English for stable labels.
    await this.page.context().addCookies([{ name: "lng", value: "en", url: env.backendURL }]);
    await this.login.goto();
    const session = await this.login.loginAndOpenSession(env.adminEmail, env.adminPassword);
    expect(session.status(), "POST /auth/session").toBe(200);
    await expect(this.login.navLink("Orders")).toBeVisible({ timeout: 20_000 });
  }

  /** Opens "Sellers" from the dashboard's sidebar. */
  async openFromNav(): Promise<void> {
    await this.login.navLink("Sellers").click();
    await expect(this.page).toHaveURL(/\/app\/sellers(\?|$)/);
    await expect(this.main.getByRole("heading", { name: "Sellers" })).toBeVisible();
  }

  tab(name: string): Locator {
    return this.main.getByRole("tab", { name, exact: true });
  }

  get search(): Locator {
    return this.main.getByPlaceholder("Search name or handle");
  }

  /** The queue's table row for the seller called `name`. */
  row(name: string): Locator {
    return this.main.getByRole("row").filter({ hasText: name });
  }

  // ---- one seller's review page ----

  get detailHeading(): Locator {
    return this.main.getByRole("heading", { level: 1 });
  }

  /** A titled card of the review page (Business identity, Documents, Review history, …). */
  section(title: string): Locator {
    return this.main
      .getByRole("heading", { level: 2, name: title, exact: true })
      .locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' divide-y ')][1]");
  }

  /** The status badge next to the seller's name. */
  get headerStatus(): Locator {
    return this.detailHeading.locator("xpath=..");
  }

  action(name: AdminAction): Locator {
    return this.main.getByRole("button", { name, exact: true });
  }

  /** The drawer that asks for the reason of a reject / request-changes / suspend. */
  get reasonDrawer(): Locator {
    return this.page.getByRole("dialog");
  }

  /** Opens the reasoned action's drawer, types `reason` (may be empty) and presses its confirm button. */
  async runWithReason(name: Extract<AdminAction, "Reject" | "Request changes" | "Suspend">, reason: string): Promise<void> {
    await this.action(name).click();
    const drawer = this.reasonDrawer;
    await expect(drawer).toBeVisible();
    await drawer.getByLabel("Reason").fill(reason);
    await drawer.getByRole("button", { name, exact: true }).click();
  }

  /** Runs approve / reinstate, which ask for a confirmation instead of a reason. */
  async runConfirmed(name: Extract<AdminAction, "Approve" | "Reinstate">): Promise<void> {
    await this.action(name).click();
    const prompt = this.page.getByRole("alertdialog");
    await expect(prompt).toBeVisible();
    await prompt.getByRole("button", { name, exact: true }).click();
    await expect(prompt).toBeHidden();
  }

  /** The toast that reports a finished transition. */
  toast(text: string | RegExp): Locator {
    return this.page.getByText(text);
  }
}
