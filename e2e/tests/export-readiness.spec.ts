import { expect, test } from "@playwright/test";
import { SellerOrdersPage } from "../pages/shop-pages";

// Issue #5: export buyers judge sellers by verified evidence; sellers see what to do next.
// The demo seed gives sekar-kauman-demo verified documents, certificates and a verified export-training badge.
const DEMO_SELLER = { email: "sekar-kauman-demo@demo.canting.test", password: "canting-seller-demo", handle: "sekar-kauman-demo" };

test("an export buyer finds the export-ready workshop in English, with capacity, lead times and its badges", async ({ page }) => {
  await page.goto("/en/export");
  const tile = page.getByTestId(`seller-tile-${DEMO_SELLER.handle}`);
  await expect(tile).toBeVisible();
  await expect(tile.getByTestId("seller-tile-band")).toHaveText("Export-ready");
  // Issue #15: the band is Canting's own rubric, not an official designation, and a demo workshop says so.
  await expect(tile.getByTestId("seller-tile-demo")).toHaveText("Demo data");
  await expect(page.getByTestId("rubric-note").first()).toContainText("not an official designation");
  await expect(tile).toContainText(/pieces\/month, \d+ days/);
  await tile.getByRole("link", { name: /View the profile/ }).click();
  await expect(page.getByTestId("seller-readiness-band")).toHaveText("Export-ready");
  const panel = page.getByTestId("seller-readiness");
  await expect(panel.getByTestId("seller-readiness-demo")).toHaveText("Demo data");
  await expect(panel.getByTestId("seller-readiness-split")).toContainText("rest on evidence Canting verified");
  await expect(panel.getByTestId("rubric-note").getByRole("link")).toHaveAttribute("href", "/en/export/rubric");
  await expect(page.getByTestId("seller-badge").first()).toBeVisible();
  // The band follows the workshop onto its product pages.
  await page.getByTestId("product-card").first().getByTestId("product-link").click();
  await page.waitForURL("**/en/products/**");
  await expect(page.getByTestId("seller-readiness-band")).toHaveText("Export-ready");
});

test("the makers directory filters to export-ready workshops only", async ({ page }) => {
  await page.goto("/en/sellers");
  const all = await page.locator('[data-testid^="seller-tile-"][data-testid$="-demo"]').count();
  await page.getByTestId("filter-export-ready").check();
  await page.getByTestId("directory-filters").getByRole("button").click();
  await expect(page).toHaveURL(/export_ready=1/);
  const bands = page.getByTestId("seller-tile-band");
  await expect(bands.first()).toBeVisible();
  expect(await bands.count()).toBeLessThan(all);
  for (const band of await bands.allTextContents()) expect(band).toBe("Export-ready");
  await expect(page.getByTestId("directory-demo-note")).toBeVisible();
});

test("a seller sees the score, the band and what to do next, in Indonesian", async ({ page }) => {
  const portal = new SellerOrdersPage(page, "id");
  await portal.login(DEMO_SELLER.email, DEMO_SELLER.password);
  await page.getByTestId("portal-nav-readiness").click();
  await page.waitForURL("**/id/seller/readiness");
  await expect(page.getByTestId("readiness-band")).toHaveText("Siap ekspor");
  await expect(page.getByTestId("readiness-area-legal").getByRole("progressbar")).toBeVisible();
  const next = page.locator('[data-testid^="readiness-next-"]');
  await expect(next.first()).toBeVisible();
  await expect(next.first()).toContainText("→");
});
