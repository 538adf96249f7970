import { expect, test } from "@playwright/test";
import { AdminLoginPage } from "../pages/admin-login-page";
import { ADMIN_STATUS_LABEL as S, AdminSellersPage } from "../pages/admin-sellers-page";
import { env } from "../support/env";
import {
  editAndResubmit,
  publishProduct,
  registerSubmittedSeller,
  sellerStatus,
  sellerView,
  storeShowsProduct,
} from "../support/seller-review-api";

// A fresh seller per run, so the review can be repeated against the same database.
const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

test.beforeEach(async ({ page }) => {
  const built = await AdminLoginPage.builtBackendUrl(page);
  test.skip(
    built !== null && new URL(built).origin !== new URL(env.backendURL).origin,
    `the admin bundle was built for ${built}, not for E2E_BACKEND_URL=${env.backendURL}; rebuild the admin for this backend`,
  );
});

test("the operator reviews a workshop in the admin: changes, approval, suspension, reinstatement", async ({ page, request }) => {
  test.setTimeout(240_000);
  const seller = await registerSubmittedSeller(request, stamp);
  const admin = new AdminSellersPage(page);

  await test.step("the operator finds the application in the submitted queue", async () => {
    await admin.signIn();
    await admin.openFromNav();
    await expect(admin.tab(S.submitted)).toHaveAttribute("aria-selected", "true");
    await admin.search.fill(seller.handle);
    // The search lands in the URL (after the table's debounce) before the filtered row is trusted.
    await expect(page).toHaveURL(new RegExp(`[?&]q=${seller.handle}`));
    const row = admin.row(seller.name);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(seller.handle);
    await expect(row).toContainText(S.submitted);
    await row.click();
    await expect(page).toHaveURL(/\/app\/sellers\/sel_\w+$/);
    await expect(admin.main.getByRole("heading", { name: seller.name })).toBeVisible();
  });

  await test.step("the profile and every document are shown; the PDF and the photo open inline", async () => {
    const identity = admin.section("Business identity");
    await expect(identity).toContainText("9120001234567");
    await expect(identity).toContainText("3375012345678901");
    await expect(admin.section("Address")).toContainText("Pekalongan Timur");
    const documents = admin.section("Documents");
    for (const file of ["nib.pdf", "npwp.pdf", "ktp.pdf", "merek.png"]) await expect(documents).toContainText(file);
    const frame = documents.locator('iframe[title="nib.pdf"]');
    await expect(frame).toBeVisible();
    await expect(frame).toHaveAttribute("src", /^blob:/);
    // The PDF's bytes reached the page: the object URL holds the file the seller uploaded.
    const file = await frame.evaluate(async (el: HTMLIFrameElement) => {
      const response = await fetch(el.src);
      return { type: response.headers.get("content-type"), head: (await response.text()).slice(0, 5) };
    });
    expect(file).toEqual({ type: "application/pdf", head: "%PDF-" });
    const photo = documents.getByRole("img", { name: "merek.png" });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(8);
    // Each document's own review buttons say which document they act on.
    await expect(documents.getByRole("button", { name: "Accept NIB (business ID)", exact: true })).toBeVisible();
    await expect(documents.getByRole("button", { name: "Reject KTP (identity card)", exact: true })).toBeVisible();
  });

  await test.step("asking for changes needs a reason; with one, the seller's status and history show it", async () => {
    await admin.runWithReason("Request changes", "   ");
    await expect(admin.reasonDrawer.getByText("Give a reason.")).toBeVisible();
    await expect(admin.reasonDrawer).toBeVisible();
    expect(await sellerStatus(request, seller)).toBe("submitted");

    const reason = `Foto KTP buram, mohon unggah ulang (${stamp}).`;
    await admin.reasonDrawer.getByLabel("Reason").fill(reason);
    await admin.reasonDrawer.getByRole("button", { name: "Request changes", exact: true }).click();
    await expect(admin.reasonDrawer).toBeHidden();
    await expect(admin.toast(`${seller.name} is now: ${S.changes_requested}`)).toBeVisible();
    await expect(admin.headerStatus).toContainText(S.changes_requested);
    const history = admin.section("Review history");
    await expect(history.getByRole("listitem").first()).toContainText(reason);
    await expect(history.getByRole("listitem").first()).toContainText(S.changes_requested);
    // The seller sees the new status with the operator's reason.
    expect(await sellerView(request, seller)).toEqual({ status: "changes_requested", latestReason: reason });
  });

  await test.step("after the seller resubmits, the operator approves in the UI", async () => {
    await editAndResubmit(request, seller);
    await page.reload();
    await expect(admin.headerStatus).toContainText(S.submitted);
    await admin.runConfirmed("Approve");
    await expect(admin.headerStatus).toContainText(S.approved);
    await expect(admin.section("Review history").getByRole("listitem")).toHaveCount(4);
    expect(await sellerStatus(request, seller)).toBe("approved");
  });

  const product = await publishProduct(request, seller, stamp);
  expect(await storeShowsProduct(request, product.handle), "an approved seller's published product is in the store").toBe(true);

  await test.step("suspending needs a reason and hides the seller's products from the store", async () => {
    await admin.runWithReason("Suspend", "");
    await expect(admin.reasonDrawer.getByText("Give a reason.")).toBeVisible();
    expect(await sellerStatus(request, seller)).toBe("approved");

    await admin.reasonDrawer.getByLabel("Reason").fill("Laporan pembeli: kain tidak sesuai deskripsi (demo).");
    await admin.reasonDrawer.getByRole("button", { name: "Suspend", exact: true }).click();
    await expect(admin.reasonDrawer).toBeHidden();
    await expect(admin.headerStatus).toContainText(S.suspended);
    expect(await sellerView(request, seller)).toEqual({ status: "suspended", latestReason: "Laporan pembeli: kain tidak sesuai deskripsi (demo)." });
    expect(await storeShowsProduct(request, product.handle), "a suspended seller's product is hidden").toBe(false);
  });

  await test.step("reinstating shows them again", async () => {
    await admin.runConfirmed("Reinstate");
    await expect(admin.headerStatus).toContainText(S.approved);
    await expect.poll(() => storeShowsProduct(request, product.handle)).toBe(true);
  });

  await test.step("the admin product page shows the product's seller", async () => {
    await page.goto(AdminLoginPage.url(`/products/${product.id}`));
    const widget = admin.section("Seller");
    await expect(widget).toContainText(seller.name);
    await expect(widget).toContainText(`@${seller.handle}`);
    await expect(widget).toContainText(S.approved);
    await widget.getByRole("link", { name: "View seller" }).click();
    await expect(page).toHaveURL(/\/app\/sellers\/sel_\w+$/);
    await expect(admin.main.getByRole("heading", { name: seller.name })).toBeVisible();
  });
});

test("the operator rejects an application with a reason, and a rejected seller has no further actions", async ({ page, request }) => {
  test.setTimeout(120_000);
  const seller = await registerSubmittedSeller(request, `r${stamp}`);
  const admin = new AdminSellersPage(page);
  await admin.signIn();
  await admin.openFromNav();
  await admin.search.fill(seller.handle);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${seller.handle}`));
  await admin.row(seller.name).click();
  await expect(admin.main.getByRole("heading", { name: seller.name })).toBeVisible();

  await admin.runWithReason("Reject", "");
  await expect(admin.reasonDrawer.getByText("Give a reason.")).toBeVisible();
  const reason = "Usaha ini bukan produsen batik (data demo).";
  await admin.reasonDrawer.getByLabel("Reason").fill(reason);
  await admin.reasonDrawer.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(admin.reasonDrawer).toBeHidden();
  await expect(admin.headerStatus).toContainText(S.rejected);
  for (const action of ["Approve", "Request changes", "Reject", "Suspend", "Reinstate"] as const) {
    await expect(admin.action(action)).toHaveCount(0);
  }
  await expect(admin.section("Review history").getByRole("listitem").first()).toContainText(reason);
  expect(await sellerView(request, seller)).toEqual({ status: "rejected", latestReason: reason });

  // The queue's "Rejected" tab lists it; "Submitted" no longer does.
  await page.goto(AdminLoginPage.url(`/sellers?status=rejected&q=${seller.handle}`));
  await expect(admin.tab(S.rejected)).toHaveAttribute("aria-selected", "true");
  await expect(admin.row(seller.name)).toHaveCount(1);
  await admin.tab(S.submitted).click();
  await expect(admin.main.getByText("No sellers", { exact: true })).toBeVisible();
  await expect(admin.row(seller.name)).toHaveCount(0);
});
