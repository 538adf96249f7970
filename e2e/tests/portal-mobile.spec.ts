import { expect, test, type Locator, type Page } from "@playwright/test";
import { SellerListingsPage } from "../pages/seller-listings-page";
import { SellerPortalPage, pdf } from "../pages/seller-portal-page";
import { createApprovedSellerWithProduct } from "../support/seller-api";

// The seller portal on a small Android phone: 360 × 740 CSS px, touch, mobile viewport meta honoured.
const PHONE = { width: 360, height: 740 };
test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** Nothing on the page is wider than the phone: no sideways scrolling. */
async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
  expect(widths.doc, `${what}: the page is ${widths.doc} px wide on a ${PHONE.width} px phone`).toBeLessThanOrEqual(PHONE.width);
  expect(widths.body, `${what}: the body is ${widths.body} px wide`).toBeLessThanOrEqual(PHONE.width);
  // Nor is anything in the page's main area cut off at the right edge (outside a deliberate scroller).
  const sticking = await page.evaluate((limit) => {
    const scrolls = (el: Element | null): boolean => {
      for (let a = el?.parentElement; a && a !== document.body; a = a.parentElement) {
        if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    return Array.from(document.querySelectorAll("main *"))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > limit + 0.5 && !scrolls(el);
      })
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}" data-testid="${el.getAttribute("data-testid") ?? ""}"> ends at ${Math.round(el.getBoundingClientRect().right)} px`);
  }, PHONE.width);
  expect(sticking, `${what}: elements past the right edge of the phone`).toEqual([]);
}

/** A primary action: visible, fully inside the screen's width once scrolled to, and at least 44 × 44 px. */
async function expectTappable(target: Locator, what: string): Promise<void> {
  await expect(target, `${what} is visible`).toBeVisible();
  await target.scrollIntoViewIfNeeded();
  await expect(target, `${what} is on screen`).toBeInViewport({ ratio: 1 });
  const box = await target.boundingBox();
  expect(box, `${what} has a box`).not.toBeNull();
  expect(box!.x, `${what} starts inside the screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends inside the screen`).toBeLessThanOrEqual(PHONE.width);
  expect(box!.width, `${what} is ${Math.round(box!.width)} px wide`).toBeGreaterThanOrEqual(44);
  expect(box!.height, `${what} is ${Math.round(box!.height)} px tall`).toBeGreaterThanOrEqual(44);
}

/** Opens a portal page and checks it fits the phone. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await expectNoHorizontalScroll(page, path);
}

test("a new workshop signs up and fills the onboarding wizard on a 360 px phone", async ({ page }) => {
  test.setTimeout(180_000);
  const id = stamp();
  const portal = new SellerPortalPage(page, "id");

  await test.step("the registration form fits the phone", async () => {
    await open(page, "/id/seller/register");
    await expectTappable(page.getByTestId("register-submit"), "register button");
  });

  await portal.register({
    email: `e2e-phone-${id}@canting.test`, password: "rahasia-e2e-123", name: `Batik Ponsel ${id}`,
    handle: `batik-ponsel-${id}`, owner: "Siti Aminah", phone: "+6281234567890",
  });

  await test.step("the first step fits, its progress indicator and buttons are tappable, and saving continues", async () => {
    await expectNoHorizontalScroll(page, "onboarding/business");
    await expect(page.getByTestId("onboarding-progress")).toBeVisible();
    for (const step of ["business", "identity", "address", "production", "people", "story", "documents"]) {
      await expectTappable(page.getByTestId(`progress-step-${step}`), `progress step ${step}`);
    }
    const form = page.getByTestId("onboarding-form-business");
    await expectTappable(form.getByTestId("onboarding-save-next"), "Simpan & lanjut");
    await expectTappable(form.getByTestId("onboarding-save"), "Simpan");
    await page.getByTestId("input-sentra").selectOption("kauman");
    await form.getByTestId("onboarding-save-next").tap();
    await expect(page.getByTestId("form-error"), "the business step was refused").toHaveCount(0);
    await page.waitForURL("**/id/seller/onboarding/identity");
  });

  await test.step("a step saved for later keeps its answer", async () => {
    await expectNoHorizontalScroll(page, "onboarding/identity");
    await page.getByTestId("input-nib").fill("9120001234567");
    const save = page.getByTestId("onboarding-form-identity").getByTestId("onboarding-save");
    await expectTappable(save, "Simpan (identity)");
    await save.tap();
    await expect(page.getByTestId("onboarding-saved")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("input-nib")).toHaveValue("9120001234567");
  });

  await test.step("every other step of the wizard fits the phone", async () => {
    for (const step of ["address", "production", "people", "story"]) {
      await open(page, `/id/seller/onboarding/${step}`);
      const form = page.getByTestId(`onboarding-form-${step}`);
      await expect(form).toBeVisible();
      await expectTappable(form.getByTestId("onboarding-save-next"), `Simpan & lanjut (${step})`);
    }
  });

  await test.step("a document is uploaded from the phone", async () => {
    await open(page, "/id/seller/onboarding/documents");
    const upload = page.getByTestId("document-upload-form");
    await expectTappable(upload.getByTestId("document-upload-submit"), "Unggah");
    await upload.getByTestId("document-kind").selectOption("nib");
    await upload.getByTestId("document-file").setInputFiles(pdf("nib.pdf"));
    await upload.getByTestId("document-upload-submit").tap();
    await expect(page.locator('[data-testid="document-row"][data-kind="nib"]')).toBeVisible();
    await expectNoHorizontalScroll(page, "onboarding/documents with a document");
    await expectTappable(page.getByTestId("seller-submit-review"), "Kirim untuk ditinjau");
  });

  await test.step("the portal home fits and leads back to the wizard", async () => {
    await open(page, "/id/seller");
    await expect(portal.statusBanner).toHaveAttribute("data-status", "draft");
    await expectTappable(portal.statusBanner.getByRole("link").first(), "continue link in the status banner");
  });
});

test("an approved workshop runs its shop from a 360 px phone", async ({ page, request }) => {
  test.setTimeout(240_000);
  const id = stamp();
  const seller = await createApprovedSellerWithProduct(request, `m${id}`);

  await test.step("the seller signs in on the phone", async () => {
    await open(page, "/id/seller/login");
    await page.locator('input[name="email"]').fill(seller.email);
    await page.locator('input[name="password"]').fill(seller.password);
    const submit = page.getByTestId("login-submit");
    await expectTappable(submit, "Masuk");
    await submit.tap();
    await page.waitForURL("**/id/seller");
  });

  await test.step("the dashboard fits, and its navigation is tappable", async () => {
    await expectNoHorizontalScroll(page, "dashboard");
    await expect(page.getByTestId("seller-status-banner")).toHaveAttribute("data-status", "approved");
    await expectTappable(page.getByTestId("portal-listings-link"), "Kelola produk");
    for (const link of ["portal-nav-orders", "portal-nav-certifications", "portal-nav-readiness"]) {
      await expectTappable(page.getByTestId(link), link);
    }
  });

  const listings = new SellerListingsPage(page, "id");
  await test.step("the listings list fits and its actions are tappable", async () => {
    await open(page, "/id/seller/products");
    const row = listings.row(seller.productTitle);
    await expect(row).toBeVisible();
    await expectTappable(page.getByTestId("listing-add"), "Tambah produk");
    await expectTappable(row.getByTestId("listing-edit"), "Ubah");
    await expectTappable(row.getByTestId("listing-unpublish"), "Sembunyikan");
  });

  const title = `Kain Ponsel ${id}`;
  await test.step("a draft listing with its variant is created on the phone", async () => {
    await page.getByTestId("listing-add").tap();
    await page.waitForURL("**/id/seller/products/new");
    await expectNoHorizontalScroll(page, "new listing form");
    const f = listings.form;
    await f.getByTestId("listing-title-id").fill(title);
    await f.getByTestId("listing-title-en").fill(`Phone cloth ${id}`);
    await f.getByTestId("listing-description-id").fill("Kain batik tulis, dibuat dari ponsel (data demo).");
    await f.getByTestId("listing-technique").locator('input[value="batik_tulis"]').check();
    await f.getByTestId("listing-dye-family").selectOption("natural");
    await f.getByTestId("listing-fabric").selectOption("mori_primissima");
    await f.getByTestId("listing-form-type").selectOption("kain_panjang");
    await f.getByTestId("listing-motifs").locator('input[value="jlamprang"]').check();
    await f.getByTestId("variant-0-size").fill("250x105");
    await f.getByTestId("variant-0-colour").fill("Sogan");
    await f.getByTestId("variant-0-price-idr").fill("750000");
    await f.getByTestId("variant-0-price-usd").fill("48");
    await f.getByTestId("variant-0-stock").fill("3");
    await expectTappable(f.getByTestId("variant-add"), "Tambah varian");
    await expectNoHorizontalScroll(page, "new listing form, filled");
    const save = f.getByTestId("listing-save");
    await expectTappable(save, "Simpan produk");
    await save.tap();
    await page.waitForURL("**/id/seller/products");
    await expect(listings.row(title)).toHaveAttribute("data-status", "draft");
    await expectNoHorizontalScroll(page, "listings with the new draft");
  });

  await test.step("the draft is published with a tap", async () => {
    const publish = listings.row(title).getByTestId("listing-publish");
    await expectTappable(publish, "Tayangkan");
    await publish.tap();
    await expect(listings.row(title)).toHaveAttribute("data-status", "published");
  });

  await test.step("the edit form with its variant editor fits the phone", async () => {
    await listings.row(title).getByTestId("listing-edit").tap();
    await page.waitForURL(/\/id\/seller\/products\/prod_/);
    await page.waitForLoadState("networkidle");
    await expectNoHorizontalScroll(page, "edit listing form");
    const editor = page.getByTestId("listing-variants-editor");
    await expect(editor.getByTestId("variant-editor")).toHaveCount(1);
    await expectTappable(editor.getByTestId("variant-new"), "Tambah varian (edit)");
    await editor.getByTestId("variant-new").tap();
    await expect(editor.getByTestId("variant-new-row")).toBeVisible();
    await expectNoHorizontalScroll(page, "edit listing form with a new variant row");
    await expectTappable(editor.getByTestId("variant-new-save"), "Simpan varian baru");
    await expectTappable(page.getByTestId("listing-save"), "Simpan produk (edit)");
  });

  await test.step("orders, certifications and readiness fit the phone", async () => {
    await open(page, "/id/seller/orders");
    await expect(page.getByTestId("seller-orders-empty").or(page.getByTestId("seller-orders"))).toBeVisible();

    await open(page, "/id/seller/certifications");
    await expect(page.getByTestId("certificate-form")).toBeVisible();
    await expectTappable(page.getByTestId("certificate-submit"), "Kirim sertifikat");

    await open(page, "/id/seller/readiness");
    await expect(page.getByTestId("readiness-score").first()).toBeVisible();
    await expectTappable(page.getByTestId("export-answers-submit"), "Simpan jawaban ekspor");
  });
});
