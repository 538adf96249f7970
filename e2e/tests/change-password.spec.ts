import { expect, test } from "@playwright/test";

// Issue #20: "Change password ... in the shopper's account". The backend's rules (current password
// proven for the session's own account, policy, rate limit) are in change-password.spec.ts (HTTP).
test("a shopper changes the password from the account page and signs in with the new one", async ({ page }) => {
  const run = Date.now().toString(36);
  const shopper = { email: `sandi-${run}@canting.test`, old: "rahasia-pembeli-1", next: "parang-rusak-baru-7" };

  await page.goto("/en/account/register");
  await page.getByTestId("register-first-name").fill("Ayu");
  await page.getByTestId("register-email").fill(shopper.email);
  await page.getByTestId("register-password").fill(shopper.old);
  await page.getByTestId("register-submit").click();
  await page.waitForURL("**/en/account");

  await page.getByTestId("account-change-password").click();
  await page.waitForURL("**/en/account/password");
  await page.getByTestId("current-password").fill("not-the-password-1");
  await page.getByTestId("new-password").fill(shopper.next);
  await page.getByTestId("new-password-confirm").fill(shopper.next);
  await page.getByTestId("change-password-submit").click();
  await expect(page.getByText("The current password is not right.")).toBeVisible();

  await page.getByTestId("current-password").fill(shopper.old);
  await page.getByTestId("new-password").fill(shopper.next);
  await page.getByTestId("new-password-confirm").fill(shopper.next);
  await page.getByTestId("change-password-submit").click();
  await expect(page.getByTestId("change-password-done")).toHaveText("Your password has been changed. Use the new one next time you sign in.");

  await page.goto("/en/account");
  await page.getByTestId("customer-logout").click();
  await page.goto("/en/account/login");
  await page.getByTestId("login-email").fill(shopper.email);
  await page.getByTestId("login-password").fill(shopper.old);
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("login-error"), "the old password no longer signs in").toBeVisible();
  await page.getByTestId("login-email").fill(shopper.email);
  await page.getByTestId("login-password").fill(shopper.next);
  await page.getByTestId("login-submit").click();
  await page.waitForURL("**/en/account");
  await expect(page.getByTestId("account-email")).toHaveText(shopper.email);
});
