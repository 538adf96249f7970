import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { logoutSeller } from "@/lib/actions/seller-auth";
import "./portal-nav.css";

/** The portal's sections, by the path after `/seller` ("" is the portal home). */
type Section = "" | "products" | "orders" | "certifications" | "readiness" | "change-requests" | "password";

/**
 * The portal's own bar: which shop is signed in, the sections, and a way out. A column on a phone;
 * from 1024 px it stands at the side of the page (see PortalFrame). The current section is marked
 * with `aria-current`.
 */
export function PortalHeader({ name, handle, locale, t, current }: { name: string; handle: string; locale: Locale; t: Translate; current?: Section }) {
  const link = (section: Section, label: string, testId?: string) => (
    <Link href={`/${locale}/seller${section ? `/${section}` : ""}`} data-testid={testId} aria-current={current === section ? "page" : undefined}>{label}</Link>
  );
  return (
    <div className="portal-header">
      <div className="portal-header__who">
        <p className="portal-header__eyebrow">{t("sellerPortal.title")}</p>
        <p className="portal-header__name" data-testid="portal-seller-name">{name}</p>
        {handle && <p className="portal-header__handle">{t("sellerPortal.handleLine", { handle })}</p>}
      </div>
      <nav className="portal-header__nav" aria-label={t("sellerPortal.title")} data-testid="portal-nav">
        {link("", t("shop:sellerOrders.navHome"))}
        {link("products", t("shop:sellerOrders.navProducts"))}
        {link("orders", t("shop:sellerOrders.nav"), "portal-nav-orders")}
        {link("certifications", t("certs:portal.title"), "portal-nav-certifications")}
        {link("readiness", t("sellerPortal.navReadiness"), "portal-nav-readiness")}
        {link("change-requests", t("sellerPortal.changeRequest.title"), "portal-nav-change-requests")}
        {link("password", t("shop:changePassword.link"), "portal-nav-password")}
      </nav>
      <form action={logoutSeller}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button button--ghost button--small" data-testid="seller-logout">{t("sellerAuth.logout")}</button>
      </form>
    </div>
  );
}

/** A portal page: the bar, then the page's own content; from 1024 px the bar is a side column and the content takes the rest. */
export function PortalFrame({ children, current, ...header }: {
  children: ReactNode; name: string; handle: string; locale: Locale; t: Translate; current?: Section;
}) {
  return (
    <div className="portal portal--framed">
      <PortalHeader {...header} current={current} />
      <div className="portal__main">{children}</div>
    </div>
  );
}
