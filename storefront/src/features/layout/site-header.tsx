import Link from "next/link";
import { LOCALE_REGION, type Locale, type RegionCode } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { LanguageSwitcher } from "./language-switcher";
import { RegionSwitcher } from "./region-switcher";
import "./site-nav.css";

export function SiteHeader({ locale, t, region = LOCALE_REGION[locale] }: { locale: Locale; t: Translate; region?: RegionCode }) {
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
          <Link href={`/${locale}#collection`}>{t("nav.collection")}</Link>
          <Link href={`/${locale}/guides`}>{t("guides:nav")}</Link>
          <Link href={`/${locale}/sell`} data-testid="nav-sell">{t("nav.sell")}</Link>
        </nav>
        <RegionSwitcher region={region} />
        <LanguageSwitcher locale={locale} />
      </div>
    </header>
  );
}
