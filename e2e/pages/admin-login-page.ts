import { expect, type Locator, type Page, type Response } from "@playwright/test";
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

  /** Submits the form; resolves with the backend's answer to the credentials check (POST /auth/user/emailpass). */
  async login(email: string, password: string): Promise<Response> {
    await this.email.fill(email);
    await this.password.fill(password);
    const [response] = await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/auth/user/emailpass"),
      this.submit.click(),
    ]);
    return response;
  }

  /** Submits valid credentials; resolves with the answer to POST /auth/session (which must set the session cookie). */
  async loginAndOpenSession(email: string, password: string): Promise<Response> {
    const session = this.page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/auth/session",
    );
    const credentials = await this.login(email, password);
    expect(credentials.status(), `POST /auth/user/emailpass for ${email}: ${await credentials.text()}`).toBe(200);
    return session;
  }

  /** The error line the login form shows after a failed attempt. */
  errorMessage(text: string | RegExp): Locator {
    return this.page.getByText(text);
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
