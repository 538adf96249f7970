import { expect, test } from "@playwright/test";
import { HomePage } from "../pages/home-page";
import { ProductPage } from "../pages/product-page";
import { SellerPage } from "../pages/seller-page";
import { TEXT } from "../support/texts";
import { findUntranslatedProduct } from "../support/store-api";

test.describe("product page from backend data", () => {
  let handle: string;

  test.beforeEach(async ({ page }) => {
    const home = new HomePage(page);
    await home.goto("id");
    // A genuine hand-drawn batik from the catalogue.
    const tulisCard = home.productCards.filter({ has: page.locator('[data-technique="batik_tulis"]') }).first();
    const href = await tulisCard.getByTestId("product-link").getAttribute("href");
    expect(href).toMatch(/^\/id\/products\/[^/]+$/);
    handle = decodeURIComponent(href!.split("/").pop()!);
  });

  test("shows the price in rupiah in Indonesian and in dollars in English", async ({ page }) => {
    const product = new ProductPage(page);

    await product.goto("id", handle);
    await expect(product.title).toBeVisible();
    await expect(product.price).toHaveText(/^(mulai )?Rp\s?[\d.]+$/);
    await expect(product.demoNotice).toContainText(TEXT.id.demoNotice);
    await expect(product.imitationNotice, "hand-drawn batik must not be labelled as imitation").toHaveCount(0);
    await expect(product.fact("technique")).toContainText("Batik tulis");

    await product.goto("en", handle);
    await expect(product.title).toBeVisible();
    await expect(product.price).toHaveText(/^(from )?(US)?\$\s?[\d,]+(\.\d{2})?$/);
    await expect(product.demoNotice).toContainText(TEXT.en.demoNotice);
    await expect(product.fact("technique")).toContainText("Hand-drawn batik (tulis)");
    await expect(product.fact("size")).toContainText(" in)");
  });

  test("the seller link opens the maker's profile with their cloth", async ({ page }) => {
    const product = new ProductPage(page);
    await product.goto("en", handle);
    const sellerName = (await product.sellerLink.innerText()).trim();
    expect(sellerName).not.toBe("");
    const sellerHref = await product.sellerLink.getAttribute("href");
    expect(sellerHref).toMatch(/^\/en\/sellers\/[^/]+$/);

    await product.sellerLink.click();
    await expect(page).toHaveURL(sellerHref!);

    const seller = new SellerPage(page);
    await expect(seller.name).toHaveText(sellerName);
    await expect(page.getByRole("heading", { level: 2, name: TEXT.en.sellerProductsTitle(sellerName) })).toBeVisible();
    await expect(seller.productCards.first()).toBeVisible();
    // The cloth we came from is among the maker's products.
    expect(await seller.productHrefs()).toContain(ProductPage.path("en", handle));
    await expect(seller.place).not.toBeEmpty();
  });
});

test("a product without English copy shows its Indonesian text, marked, on the English page", async ({ page, request }) => {
  const untranslated = await findUntranslatedProduct(request);
  const product = new ProductPage(page);

  await product.goto("en", untranslated.handle);
  // The Indonesian title (never a blank), announced as Indonesian, with the note in English.
  await expect(product.title).toHaveText(untranslated.title);
  await expect(product.title).toHaveAttribute("lang", "id");
  await expect(product.untranslatedNote).toHaveText(TEXT.en.untranslatedNote);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // In Indonesian there is nothing to flag.
  await product.goto("id", untranslated.handle);
  await expect(product.title).toHaveText(untranslated.title);
  await expect(product.title).not.toHaveAttribute("lang", "id");
  await expect(product.untranslatedNote).toHaveCount(0);
});
