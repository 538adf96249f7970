import Link from "next/link";
import type { ReactNode } from "react";
import { LOCALE_REGION, type Locale, type RegionCode } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { LanguageSwitcher } from "./language-switcher";
import { RegionSwitcher } from "./region-switcher";
import "./site-nav.css";

/**
 * The site's header. The cart link and the search box belong to the cart and catalog features, so the
 * app layout composes them in through `cart` and `search` (a feature does not import another).
 */
export function SiteHeader({ locale, t, region = LOCALE_REGION[locale], cart, search }: {
  locale: Locale; t: Translate; region?: RegionCode; cart: ReactNode; search: ReactNode;
}) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">{t("nav.skipToContent")}</a>
      <div className="site-header__inner">
        <Link href={`/${locale}`} className="brand" aria-label={t("nav.homeLink")}>
          <span className="brand__mark" aria-hidden="true" />
          {t("meta.siteName")}
        </Link>
        <nav aria-label={t("nav.label")} className="site-nav">
          <Link href={`/${locale}`}>{t("nav.home")}</Link>
          <Link href={`/${locale}/products`} data-testid="nav-collection">{t("nav.collection")}</Link>
          <Link href={`/${locale}/sellers`} data-testid="nav-sellers">{t("sellersDirectory.nav")}</Link>
          <Link href={`/${locale}/guides`}>{t("guides:nav")}</Link>
          <Link href={`/${locale}/sell`} data-testid="nav-sell">{t("nav.sell")}</Link>
          <Link href={`/${locale}/account`} data-testid="nav-account">{t("shop:account.link")}</Link>
          {cart}
        </nav>
        {search}
        <RegionSwitcher region={region} />
        <LanguageSwitcher locale={locale} />
      </div>
    </header>
  );
}
