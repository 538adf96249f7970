import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { logoutSeller } from "@/lib/actions/seller-auth";
import "./portal-nav.css";

/** The portal's own bar: which shop is signed in, and a way out. */
export function PortalHeader({ name, handle, locale, t }: { name: string; handle: string; locale: Locale; t: Translate }) {
  return (
    <div className="portal-header">
      <div className="portal-header__who">
        <p className="portal-header__eyebrow">{t("sellerPortal.title")}</p>
        <p className="portal-header__name" data-testid="portal-seller-name">{name}</p>
        {handle && <p className="portal-header__handle">{t("sellerPortal.handleLine", { handle })}</p>}
      </div>
      <nav className="portal-header__nav" aria-label={t("sellerPortal.title")} data-testid="portal-nav">
        <Link href={`/${locale}/seller`}>{t("shop:sellerOrders.navHome")}</Link>
        <Link href={`/${locale}/seller/products`}>{t("shop:sellerOrders.navProducts")}</Link>
        <Link href={`/${locale}/seller/orders`} data-testid="portal-nav-orders">{t("shop:sellerOrders.nav")}</Link>
        <Link href={`/${locale}/seller/certifications`} data-testid="portal-nav-certifications">{t("certs:portal.title")}</Link>
        <Link href={`/${locale}/seller/readiness`} data-testid="portal-nav-readiness">{t("sellerPortal.navReadiness")}</Link>
        <Link href={`/${locale}/seller/change-requests`} data-testid="portal-nav-change-requests">{t("sellerPortal.changeRequest.title")}</Link>
      </nav>
      <form action={logoutSeller}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button button--ghost button--small" data-testid="seller-logout">{t("sellerAuth.logout")}</button>
      </form>
    </div>
  );
}
