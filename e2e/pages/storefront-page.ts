import { expect, type Locator, type Page } from "@playwright/test";
import type { Locale } from "../support/texts";

/** What every storefront page shares: the header's language switcher, product cards, not-found and error states. */
export class StorefrontPage {
  readonly languageSwitcher: Locator;
  readonly productCards: Locator;
  readonly techniqueLabels: Locator;
  readonly notFound: Locator;
  readonly backendError: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.languageSwitcher = page.getByTestId("language-switcher");
    this.productCards = page.getByTestId("product-card");
    this.techniqueLabels = page.getByTestId("technique-label");
    this.notFound = page.getByTestId("not-found");
    this.backendError = page.getByTestId("backend-error");
    this.heading = page.getByRole("heading", { level: 1 });
  }

  switchLink(locale: Locale): Locator {
    return this.languageSwitcher.getByTestId(`switch-locale-${locale}`);
  }

  /**
   * Waits until React has hydrated the language switcher: its onClick (which stores the NEXT_LOCALE
   * cookie) only exists after hydration, before that the link is a bare <a>.
   */
  async waitForHydration(): Promise<void> {
    await expect(this.languageSwitcher).toBeVisible();
    await this.page.waitForFunction(() => {
      const link = document.querySelector('[data-testid="language-switcher"] a');
      return !!link && Object.keys(link).some((key) => key.startsWith("__reactProps$"));
    });
  }

  /** Clicks the language switcher link for `locale` and waits for that locale's page. */
  async switchLocale(locale: Locale): Promise<void> {
    await this.waitForHydration();
    await Promise.all([
      this.page.waitForURL((url) => url.pathname === `/${locale}` || url.pathname.startsWith(`/${locale}/`)),
      this.switchLink(locale).click(),
    ]);
    await expect(this.page.locator("html")).toHaveAttribute("lang", locale);
  }

  /** The product-link hrefs in page order. */
  async productHrefs(): Promise<string[]> {
    return this.productCards.getByTestId("product-link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  }

  /** `<link rel="alternate" hreflang="…">` in the document head. */
  alternateLink(hreflang: string): Locator {
    return this.page.locator(`head link[rel="alternate"][hreflang="${hreflang}"]`);
  }
}
