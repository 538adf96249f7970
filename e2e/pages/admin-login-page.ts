import { expect, type Locator, type Page } from "@playwright/test";
import { env } from "../support/env";

/** The Medusa admin (served by the backend at /app): login form and the dashboard shell behind it. */
export class AdminLoginPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.email = page.locator('input[name="email"]');
    this.password = page.locator('input[name="password"]');
    this.submit = page.locator('button[type="submit"]');
  }

  static url(path = ""): string {
    return `${env.backendURL}/app${path}`;
  }

  /** Opens the admin; an anonymous visitor is sent to the login form. */
  async goto(): Promise<void> {
    await this.page.goto(AdminLoginPage.url());
    await expect(this.page).toHaveURL(/\/app\/login/);
    await expect(this.email).toBeVisible();
  }

  async login(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** The signed-in admin's main navigation links (Orders, Products, …). */
  navLink(name: string | RegExp): Locator {
    return this.page.getByRole("navigation").getByRole("link", { name });
  }

  /**
   * The backend URL the admin bundle was built for (Medusa inlines `admin.backendUrl` into index-*.js),
   * or null when it cannot be told (then the test just runs).
   */
  static async builtBackendUrl(page: Page): Promise<string | null> {
    const html = await (await page.request.get(AdminLoginPage.url())).text();
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    if (!script) return null;
    const bundle = await (await page.request.get(new URL(script, `${env.backendURL}/app/`).href)).text();
    // `var X="http://localhost:9000",Y="session",…,Z=new Client({baseUrl:X,auth:{type:Y,…`
    const match = /="(https?:\/\/[^"]+)",\w+="(?:session|jwt)"/.exec(bundle);
    return match?.[1] ?? null;
  }
}
