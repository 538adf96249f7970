import { expect, test } from "@playwright/test";
import { AdminLoginPage } from "../pages/admin-login-page";
import { env } from "../support/env";

test.describe("Medusa admin", () => {
  test.beforeEach(async ({ page }) => {
    const built = await AdminLoginPage.builtBackendUrl(page);
    test.skip(
      built !== null && new URL(built).origin !== new URL(env.backendURL).origin,
      `the admin bundle was built for ${built}, not for E2E_BACKEND_URL=${env.backendURL}; rebuild the admin for this backend`,
    );
  });

  test("the operator signs in and sees the dashboard", async ({ page }) => {
    const admin = new AdminLoginPage(page);
    await admin.goto();
    const session = await admin.loginAndOpenSession(env.adminEmail, env.adminPassword);

    expect(session.status(), "POST /auth/session").toBe(200);
    expect(
      (await session.headerValue("set-cookie")) ?? "(no Set-Cookie header)",
      "POST /auth/session set no session cookie, so the admin will bounce back to /login. " +
        "Medusa marks connect.sid `Secure` when NODE_ENV=production and express-session drops Secure cookies " +
        "on plain http (no X-Forwarded-Proto: https). Serve the backend over https or set " +
        "projectConfig.cookieOptions.secure=false for an http backend.",
    ).toContain("connect.sid=");

    await expect(admin.navLink("Orders")).toBeVisible({ timeout: 20_000 });
    await expect(admin.navLink("Products")).toBeVisible();
    await expect(page).not.toHaveURL(/\/login/);
    await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(env.backendURL)}/app`));
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("in Indonesian, the sidebar names the marketplace's own pages in Indonesian", async ({ page }) => {
    // The dashboard keeps its language in `lng` (what the profile's language setting writes).
    await page.addInitScript(() => window.localStorage.setItem("lng", "id"));
    const admin = new AdminLoginPage(page);
    await admin.goto();
    await admin.loginAndOpenSession(env.adminEmail, env.adminPassword);
    await expect(admin.navLink("Penjual")).toBeVisible({ timeout: 20_000 });
    await expect(admin.navLink("Sertifikat")).toBeVisible();
    await expect(admin.navLink("Pelatihan")).toBeVisible();
    await expect(admin.navLink("Sellers")).toHaveCount(0);
  });

  test("a wrong password is refused with a message", async ({ page }) => {
    const admin = new AdminLoginPage(page);
    await admin.goto();
    const response = await admin.login(env.adminEmail, `${env.adminPassword}-wrong`);
    expect(response.status()).toBe(401);
    await expect(admin.errorMessage("Invalid email or password")).toBeVisible();
    await expect(page).toHaveURL(/\/app\/login/);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
