import { expect, test, type Page } from "@playwright/test";
import { AdminCertificatesPage } from "../pages/admin-certificates-page";
import { ProductPage } from "../pages/product-page";
import { SellerCertificatesPage } from "../pages/seller-certificates-page";
import { SellerOrdersPage } from "../pages/shop-pages";
import { findCertificate, revokeCertificate, runCertificateExpiryJob, setBackendClock } from "../support/admin-api";
import { env } from "../support/env";
import { createApprovedSellerWithProduct } from "../support/seller-api";
import type { Locale } from "../support/texts";

// Issue #4: a seller adds a certificate with evidence, the operator verifies it, shoppers see the
// badge (both languages) and find the cloth with the eco filter; once the certificate has expired
// (backend clock moved by the test-only route, daily job run) it is gone from the page and the filter.
// Issue #15: until the operator has checked it, the claim is the seller's alone: shoppers see nothing.

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
/** "Valid until" as the product page writes it (certificate-badges.tsx). */
const longDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T12:00:00Z`));

const BADGE = {
  id: { scheme: "OEKO-TEX® STANDARD 100", issuer: "Penerbit:", number: "Nomor:", validUntil: "Berlaku sampai", verified: "Diverifikasi Canting: Cek daftar resmi penerbit" },
  en: { scheme: "OEKO-TEX® STANDARD 100", issuer: "Issuer:", number: "Number:", validUntil: "Valid until", verified: "Verified by Canting: Issuer registry lookup" },
} as const;

/** The cloth's card in the catalog filtered to OEKO-TEX, reloaded until the search index agrees (it syncs on events). */
async function expectInEcoFilter(page: Page, locale: Locale, title: string, present: boolean) {
  await expect(async () => {
    await page.goto(`/${locale}/products?eco=oeko_tex`);
    await expect(page.getByTestId("catalog-count")).toBeVisible({ timeout: 5_000 });
    await expect(page.getByTestId("product-card").filter({ hasText: title })).toHaveCount(present ? 1 : 0, { timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [500, 1_000, 2_000] });
  // The facet counts it too (this spec's cloth is the only OEKO-TEX one: the demo data has none;
  // a selected value stays listed, with 0, when nothing matches it).
  await expect(page.getByTestId("facet-eco-oeko_tex").locator(".facet__count")).toHaveText(present ? "1" : "0");
}

test("a certificate added in the portal, verified in the admin, shows on the product and in the eco filter until it expires", async ({ page, request }) => {
  test.setTimeout(180_000);
  const stamp = `cert${Date.now().toString(36)}`;
  const seller = await createApprovedSellerWithProduct(request, stamp);
  const claim = {
    scheme: "oeko_tex_std100", productTitle: seller.productTitle, issuer: `DEMO Institut Uji ${stamp} (bukan asli)`,
    number: `DEMO-OT-${stamp}`.toUpperCase(), issuedAt: day(-20), expiresAt: day(10), evidence: "oeko-tex-demo.pdf",
  };
  let certId: string | undefined;
  try {
    // The seller adds it in the portal, in Indonesian, with a PDF as evidence: it waits for review.
    await new SellerOrdersPage(page, "id").login(seller.email, seller.password);
    const portal = new SellerCertificatesPage(page, "id");
    await portal.goto();
    await portal.add(claim);
    await expect(portal.row(claim.number)).toHaveAttribute("data-status", "pending");
    await expect(portal.row(claim.number).getByTestId("certificate-status")).toContainText("Belum tampil ke pembeli: dinyatakan penjual, menunggu pemeriksaan Canting.");

    // Shoppers do not see the unchecked claim, nor an eco tag from it.
    const product = new ProductPage(page);
    await product.goto("en", seller.productHandle);
    await expect(product.title).toBeVisible();
    await expect(page.locator('main [data-testid="certificate-badge"]')).toHaveCount(0);
    await expect(page.locator('main [data-testid="eco-tag"]')).toHaveCount(0);
    await expect(page.getByText(claim.number)).toHaveCount(0);

    // The operator opens it from the admin's Certificates queue, sees the evidence, and verifies it.
    const admin = new AdminCertificatesPage(page);
    await admin.signIn(env.adminEmail, env.adminPassword);
    await admin.openFromNav();
    await admin.openPending(claim.number);
    await expect(admin.evidence(claim.evidence)).toBeVisible({ timeout: 15_000 });
    await admin.verify("Issuer registry lookup", "Dicek di daftar resmi penerbit (uji e2e)");
    certId = (await findCertificate(request, { number: claim.number, scheme: claim.scheme, status: "verified" })).id;

    // Shoppers see the badge with issuer, number, valid-until and how it was verified, in both languages.
    for (const locale of ["id", "en"] as const) {
      await product.goto(locale, seller.productHandle);
      const badge = page.locator('main [data-testid="certificate-badge"][data-scheme="oeko_tex_std100"]');
      await expect(badge).toHaveCount(1);
      const words = BADGE[locale];
      await expect(badge).toContainText(words.scheme);
      await expect(badge).toContainText(`${words.issuer} ${claim.issuer}`);
      await expect(badge).toContainText(`${words.number} ${claim.number}`);
      await expect(badge).toContainText(`${words.validUntil} ${longDate(claim.expiresAt, locale)}`);
      await expect(badge).toContainText(words.verified);
      await expect(page.locator('main [data-testid="eco-tag"][data-tag="oeko_tex"]')).toBeVisible();
    }
    await expectInEcoFilter(page, "id", seller.productTitle, true);

    // Twelve days on, the certificate has expired; the daily job runs and announces it.
    await setBackendClock(request, 12);
    expect(await runCertificateExpiryJob(request)).toContain(certId);
    for (const locale of ["id", "en"] as const) {
      await product.goto(locale, seller.productHandle);
      await expect(product.title).toBeVisible();
      await expect(page.locator('main [data-testid="certificate-badge"][data-scheme="oeko_tex_std100"]')).toHaveCount(0);
      await expect(page.locator('main [data-testid="eco-tag"][data-tag="oeko_tex"]')).toHaveCount(0);
      await expect(page.getByText(claim.number)).toHaveCount(0);
    }
    await expectInEcoFilter(page, "id", seller.productTitle, false);
    await expectInEcoFilter(page, "en", seller.productTitle, false);
  } finally {
    // Put the clock back for the other tests, and revoke the certificate so that it stays hidden
    // once "today" is real again (it would otherwise be valid for ten more days).
    await setBackendClock(request, 0);
    if (certId) await revokeCertificate(request, certId, "e2e clean-up: the test certificate is withdrawn");
  }
});
