import { expect, test } from "@playwright/test";
import { StorefrontPage } from "../pages/storefront-page";

// Finding cloth: guides, the faceted catalog, search with typos and synonyms, region/currency,
// the makers directory, the export page and the sitemap (issues #5 and #6).

test("guides explain the techniques with their sources, from the header", async ({ page }) => {
  await page.goto("/id");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Panduan" }).click();
  await expect(page).toHaveURL(/\/id\/guides$/);
  await page.getByRole("link", { name: "Tulis, cap, kombinasi, atau tiruan?" }).click();
  await expect(page.getByTestId("guide-entry-tiruan")).toContainText("bukan batik");
  await expect(page.getByTestId("guide-entry-tulis")).toContainText("SNI 8302");
  await expect(page.getByRole("link", { name: /SNI 8184:2015/ })).toHaveAttribute("href", /^https:\/\//);
});

test("the catalog narrows by technique with counts, keeps the filter in the URL, and pages", async ({ page }) => {
  await page.goto("/id/products");
  const count = page.getByTestId("catalog-count");
  await expect(count).toBeVisible();
  const all = Number((await count.textContent())!.match(/\d+/)![0]);
  expect(all).toBeGreaterThan(20);

  const tulis = page.getByTestId("facet-technique-batik_tulis");
  const facetCount = Number((await tulis.locator(".facet__count").textContent())!.trim());
  expect(facetCount).toBeGreaterThan(0);
  expect(facetCount).toBeLessThan(all);
  await tulis.click();
  await expect(page).toHaveURL(/[?&]technique=batik_tulis/);
  await expect(count).toContainText(String(facetCount));
  const labels = page.getByTestId("product-card").getByTestId("technique-label");
  await expect(labels.first()).toBeVisible();
  for (const label of await labels.allTextContents()) expect(label).toBe("Batik tulis");

  // A second facet narrows further (AND across facets).
  const natural = page.getByTestId("facet-dye_family-natural");
  const naturalCount = Number((await natural.locator(".facet__count").textContent())!.trim());
  expect(naturalCount).toBeLessThanOrEqual(facetCount);
  await natural.click();
  await expect(page).toHaveURL(/dye_family=natural/);
  await expect(count).toContainText(String(naturalCount));

  // The same URL opened fresh shows the same result: the state is shareable.
  await page.goto(page.url());
  await expect(count).toContainText(String(naturalCount));
  await expect(page.getByTestId("active-filters")).toContainText("Batik tulis");

  // Switching language keeps the page and its filters.
  await new StorefrontPage(page).switchLocale("en");
  await expect(page).toHaveURL(/\/en\/products\?.*technique=batik_tulis/);
  await expect(page).toHaveURL(/dye_family=natural/);
  await expect(page.getByTestId("active-filters")).toContainText("Hand-drawn batik");
});

test("search forgives a typo and understands English words for Indonesian cloth", async ({ page }) => {
  await page.goto("/en");
  const box = page.getByTestId("search-input");
  await box.fill("jlamprag");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=jlamprag/);
  await expect(page.getByTestId("product-card").first()).toBeVisible();
  // Pieces whose motif is Jlamprang match too (the motif is indexed), so look for one titled so.
  await expect(page.getByTestId("product-card").filter({ hasText: /jlamprang/i }).first()).toBeVisible();

  await page.goto("/en/search?q=hand-drawn");
  await expect(page.getByTestId("product-card").first()).toBeVisible();
  for (const label of await page.getByTestId("product-card").getByTestId("technique-label").allTextContents()) {
    expect(label).toMatch(/hand-drawn|combination/i);
  }
});

test("the header suggests pieces while typing", async ({ page }) => {
  await page.goto("/id");
  await new StorefrontPage(page).waitForHydration();
  await page.getByTestId("search-input").pressSequentially("jlamp", { delay: 40 });
  const suggestions = page.getByTestId("search-suggestions");
  await expect(suggestions).toBeVisible();
  await expect(suggestions.getByRole("option").first()).toContainText(/jlamprang/i);
});

test("an English reader can shop in rupiah: region and language are separate", async ({ page }) => {
  await page.goto("/en/products");
  await expect(page.getByTestId("product-card").first().getByTestId("price")).toContainText("US$");
  await new StorefrontPage(page).waitForHydration();
  await page.getByTestId("region-switcher").selectOption("indonesia");
  await expect(page.getByTestId("product-card").first().getByTestId("price")).toContainText("IDR");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("region-switcher").selectOption("international");
  await expect(page.getByTestId("product-card").first().getByTestId("price")).toContainText("US$");
});

test("export buyers see how sellers are verified, the rubric, and the makers", async ({ page }) => {
  await page.goto("/en/export");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buying Pekalongan batik for export");
  await expect(page.getByRole("heading", { name: "How we verify sellers" })).toBeVisible();
  await page.getByTestId("rubric-link").click();
  await expect(page.getByTestId("rubric-legal")).toContainText("Active NIB with a batik KBLI");
  await page.goto("/id/sellers");
  await expect(page.getByTestId("directory-count")).toContainText(/\d+ usaha batik/);
  await expect(page.locator('[data-testid^="seller-tile-"]').first()).toBeVisible();
});

test("sitemap.xml lists pages with their language alternates, and no demo piece (those are noindex)", async ({ page, request }) => {
  await page.goto("/id/sellers/sekar-kauman-demo"); // a demo workshop of the seed
  const demoPiece = await page.getByTestId("product-link").first().getAttribute("href");
  expect(demoPiece).toMatch(/^\/id\/products\/./);
  await page.goto(demoPiece!);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toMatch(/<loc>[^<]+\/id\/sellers\/[^<]+<\/loc>/);
  expect(xml).toContain('hreflang="en"');
  expect(xml).not.toContain(`${demoPiece}<`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /id/seller");
});

test("the eco page says what each badge means and how a buyer checks it", async ({ page }) => {
  await page.goto("/en/eco");
  await expect(page.getByTestId("eco-scheme-batikmark")).toContainText("gold for hand-drawn batik");
  await expect(page.getByTestId("eco-scheme-oekotex")).toContainText("Label Check");
  await page.goto("/id/eco");
  await expect(page.getByTestId("eco-scheme-batikmark")).toContainText("emas untuk batik tulis");
});
