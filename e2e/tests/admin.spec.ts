import { expect, test } from "@playwright/test";
import { AdminLoginPage } from "../pages/admin-login-page";
import { env } from "../support/env";

test("the operator can sign in to the Medusa admin", async ({ page }, testInfo) => {
  const built = await AdminLoginPage.builtBackendUrl(page);
  test.skip(
    built !== null && new URL(built).origin !== new URL(env.backendURL).origin,
    `the admin bundle talks to ${built}, not to E2E_BACKEND_URL=${env.backendURL}; rebuild the admin for this backend`,
  );

  const admin = new AdminLoginPage(page);
  await admin.goto();
  await admin.login(env.adminEmail, env.adminPassword);

  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await expect(page).toHaveURL(new RegExp(`^${env.backendURL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/app`));
  await expect(admin.navLink("Orders")).toBeVisible({ timeout: 20_000 });
  await expect(admin.navLink("Products")).toBeVisible();
  await testInfo.attach("admin-dashboard", { body: await page.screenshot(), contentType: "image/png" });
});

test("the admin rejects a wrong password", async ({ page }) => {
  const admin = new AdminLoginPage(page);
  await admin.goto();
  await admin.login(env.adminEmail, `${env.adminPassword}-wrong`);
  await expect(page).toHaveURL(/\/app\/login/);
  await expect(admin.email).toBeVisible();
});
