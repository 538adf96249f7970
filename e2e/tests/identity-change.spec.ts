import { expect, test } from "@playwright/test";
import { AdminSellersPage } from "../pages/admin-sellers-page";
import { adminToken } from "../support/admin-api";
import { env } from "../support/env";
import { createApprovedSellerWithProduct } from "../support/seller-api";

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

// #14 point 7: an approved workshop's verified identity is locked; a change goes to the operator.
test("an approved workshop asks to change its verified owner's name, and it takes effect once the operator accepts", async ({ page, request }) => {
  test.setTimeout(180_000);
  const seller = await createApprovedSellerWithProduct(request, `c${stamp()}`);

  await test.step("the seller signs in and sends a change request with a reason", async () => {
    await page.goto("/id/seller/login");
    await page.locator('input[name="email"]').fill(seller.email);
    await page.locator('input[name="password"]').fill(seller.password);
    await page.getByTestId("login-submit").click();
    await page.waitForURL("**/id/seller");
    await page.goto("/id/seller/change-requests");
    await expect(page.getByTestId("change-requests-empty")).toBeVisible();
    await page.getByTestId("change-pick-owner_name").check();
    await page.getByTestId("change-field-owner_name").locator('input[name="owner_name"]').fill("Siti Rahayu");
    await page.getByTestId("change-request-form").locator('[name="reason"]').fill("Pemilik bengkel berganti (data demo).");
    await page.getByTestId("change-request-submit").click();
  });

  await test.step("the request waits for the operator, with the old and the new name", async () => {
    await expect(page.getByTestId("change-request-pending")).toBeVisible();
    await expect(page.getByTestId("change-request-form")).toHaveCount(0);
    const request_ = page.getByTestId("change-request");
    await expect(request_).toHaveAttribute("data-status", "pending");
    await expect(request_.getByTestId("change-request-old")).toHaveText("Siti Aminah");
    await expect(request_.getByTestId("change-request-new")).toHaveText("Siti Rahayu");
  });

  await test.step("the operator sees the request on the workshop's page in the admin and accepts it", async () => {
    // The queue and its search are admin-sellers.spec's journey; here the operator opens the workshop's page.
    const list = await request.get(`${env.backendURL}/admin/sellers`, { params: { q: seller.handle }, headers: { authorization: `Bearer ${await adminToken(request)}` } });
    const { sellers } = (await list.json()) as { sellers: { id: string; handle: string }[] };
    const sellerId = sellers.find((s) => s.handle === seller.handle)!.id;
    const operator = await page.context().browser()!.newPage();
    const admin = new AdminSellersPage(operator);
    await admin.signIn();
    await operator.goto(`${env.backendURL}/app/sellers/${sellerId}`);
    await expect(admin.main.getByRole("heading", { name: seller.name })).toBeVisible();
    const requests = admin.section("Identity change requests");
    await expect(requests).toContainText("Siti Aminah");
    await expect(requests).toContainText("Siti Rahayu");
    await expect(requests).toContainText("Pemilik bengkel berganti (data demo).");
    await requests.getByRole("button", { name: "Accept change", exact: true }).click();
    await operator.getByRole("alertdialog").getByRole("button", { name: "Accept change", exact: true }).click();
    await expect(requests).toContainText("Accepted");
    await operator.close();
  });

  await test.step("the seller sees it accepted, and can ask again", async () => {
    await page.reload();
    await expect(page.getByTestId("change-request")).toHaveAttribute("data-status", "accepted");
    await expect(page.getByTestId("change-request-form")).toBeVisible();
  });
});
