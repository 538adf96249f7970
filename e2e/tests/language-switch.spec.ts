import { expect, test } from "@playwright/test";
import { HomePage } from "../pages/home-page";
import { ProductPage } from "../pages/product-page";
import { LANGUAGE_LINK_NAME, TECHNIQUE_LABEL, type Technique } from "../support/texts";
import { translatedHandles } from "../support/store-api";

// An Indonesian browser: after switching, only the NEXT_LOCALE cookie can send `/` to English.
test.use({ locale: "id-ID" });

test("switching language keeps the product page and is remembered", async ({ page, context, request }) => {
  // Before any choice, this browser gets Indonesian.
  await page.goto("/");
  await expect(page).toHaveURL("/id");

  const home = new HomePage(page);
  await home.goto("id");
  // A piece its seller has written English for (one demo piece has none, and shows its Indonesian title).
  const handle = await home.openFirstProduct("id", await translatedHandles(request));

  const product = new ProductPage(page);
  await expect(page).toHaveURL(ProductPage.path("id", handle));
  const idTitle = (await product.title.innerText()).trim();
  expect(idTitle).not.toBe("");
  const technique = (await product.techniqueLabel.getAttribute("data-technique")) as Technique;
  expect(Object.keys(TECHNIQUE_LABEL.id)).toContain(technique);
  await expect(product.techniqueLabel).toHaveText(TECHNIQUE_LABEL.id[technique]);

  await expect(product.switchLink("en")).toHaveAccessibleName(LANGUAGE_LINK_NAME.en);
  await product.switchLocale("en");

  await expect(page).toHaveURL(ProductPage.path("en", handle));
  await expect(product.title).not.toHaveText(idTitle);
  await expect(product.title).not.toBeEmpty();
  await expect(product.techniqueLabel).toHaveText(TECHNIQUE_LABEL.en[technique]);
  await expect(product.switchLink("en")).toHaveAttribute("aria-current", "true");

  const cookie = (await context.cookies()).find((c) => c.name === "NEXT_LOCALE");
  expect(cookie?.value, "NEXT_LOCALE cookie after choosing English").toBe("en");

  await page.goto("/");
  await expect(page).toHaveURL("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the switcher keeps the query string", async ({ page }) => {
  const home = new HomePage(page);
  await page.goto("/id?utm_source=e2e");
  await expect(home.switchLink("en")).toHaveAttribute("href", "/en?utm_source=e2e");
  await home.switchLocale("en");
  await expect(page).toHaveURL("/en?utm_source=e2e");
});
