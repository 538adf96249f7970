import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { ONBOARDING_STEPS, canEdit, type Onboarding, type SellerAccount } from "@/lib/seller-portal/types";
import type { LowStockListing } from "@/lib/stock-alerts";
import { LowStockNotice } from "./low-stock-notice";
import { OnboardingSummary } from "./onboarding-summary";
import { PortalFrame } from "./portal-header";
import { StatusBanner } from "./status-banner";

/** The seller portal's home: who is signed in, where the application stands, listings running low, and the steps still open. */
export function PortalHome({ seller, onboarding, locale, t, lowStock = [], children }: {
  seller: SellerAccount; onboarding: Onboarding; locale: Locale; t: Translate; lowStock?: LowStockListing[]; children?: ReactNode;
}) {
  const firstOpen = ONBOARDING_STEPS.find((id) => !onboarding.steps.find((s) => s.id === id)?.complete) ?? "documents";
  return (
    <PortalFrame name={seller.name} handle={seller.handle} locale={locale} t={t} current="">
      <h1 className="visually-hidden">{t("sellerPortal.title")}</h1>
      <StatusBanner status={seller.status} note={seller.statusNote} handle={seller.handle} locale={locale} t={t}
        continueHref={`/${locale}/seller/onboarding/${firstOpen}`} />
      <LowStockNotice listings={lowStock} locale={locale} t={t} />
      {children}
      <section className="portal-nav" aria-labelledby="portal-nav-title">
        <h2 id="portal-nav-title" className="portal-nav__title">{t("sellerListings.navLink")}</h2>
        <p>{t("sellerListings.navHint")}</p>
        <Link className="button button--ghost" href={`/${locale}/seller/products`} data-testid="portal-listings-link">
          {t("sellerListings.navLink")}
        </Link>
      </section>
      <OnboardingSummary onboarding={onboarding} locale={locale} t={t} editable={canEdit(seller.status)} />
    </PortalFrame>
  );
}
