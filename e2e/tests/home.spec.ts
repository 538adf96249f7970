import { expect, test } from "@playwright/test";
import { HomePage } from "../pages/home-page";
import { TECHNIQUE_LABEL, TEXT, type Locale } from "../support/texts";

for (const locale of ["id", "en"] as const satisfies readonly Locale[]) {
  test.describe(`home page in ${locale}`, () => {
    test("shows seeded products with technique labels in the page's language", async ({ page }) => {
      const home = new HomePage(page);
      await home.goto(locale);
      await expect(page.locator("html")).toHaveAttribute("lang", TEXT[locale].htmlLang);
      await expect(page.getByRole("heading", { level: 2, name: TEXT[locale].collectionTitle })).toBeVisible();

      expect(await home.productCards.count(), "seeded products on the home page").toBeGreaterThan(0);
      // Every card carries a technique label…
      await expect(home.productCards.getByTestId("technique-label")).toHaveCount(await home.productCards.count());
      // …and hand-drawn batik is named in this page's language (the demo data has plenty of it).
      const tulis = home.techniqueLabels.and(page.locator('[data-technique="batik_tulis"]')).first();
      await expect(tulis).toHaveText(TECHNIQUE_LABEL[locale].batik_tulis);
      // Each label says exactly what the translation for its technique says.
      const labels = await home.techniqueLabels.evaluateAll((els) =>
        els.map((el) => ({ technique: el.getAttribute("data-technique"), text: el.textContent?.trim() })),
      );
      for (const { technique, text } of labels) {
        expect(technique, "a technique label without data-technique (technique not stated)").not.toBeNull();
        expect(text, `label for ${technique}`).toBe(TECHNIQUE_LABEL[locale][technique as keyof (typeof TECHNIQUE_LABEL)["id"]]);
      }
    });

    test("declares hreflang alternates for id, en and x-default", async ({ page }) => {
      const home = new HomePage(page);
      await home.goto(locale);
      const expected: Record<string, string> = { id: "/id", en: "/en", "x-default": "/id" };
      for (const [hreflang, pathname] of Object.entries(expected)) {
        const link = home.alternateLink(hreflang);
        await expect(link, `<link rel=alternate hreflang=${hreflang}>`).toHaveCount(1);
        const href = await link.getAttribute("href");
        expect(new URL(href!, page.url()).pathname, `hreflang=${hreflang} href`).toBe(pathname);
      }
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
      expect(new URL(canonical!, page.url()).pathname).toBe(`/${locale}`);
    });
  });
}
