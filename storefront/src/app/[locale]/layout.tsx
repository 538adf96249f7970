import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LOCALES, isLocale } from "@canting/domain";
import { getSiteUrl } from "@/env";
import { getTranslator } from "@/lib/i18n/server";
import { I18nProvider } from "@/lib/i18n/client";
import { islandResources } from "@/lib/i18n/island-keys";
import { localeAlternates } from "@/lib/metadata";
import { getRegionCode } from "@/lib/data/regions";
import { CartLink } from "@/features/cart/cart-link";
import { SearchBox } from "@/features/catalog/search-box";
import "@/features/catalog/catalog.css"; // the header's search box is styled there
import { SiteHeader } from "@/features/layout/site-header";
import { SiteFooter } from "@/features/layout/site-footer";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export const viewport: Viewport = { themeColor: "#1f2a5c", width: "device-width", initialScale: 1 };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return {
    metadataBase: new URL(getSiteUrl()),
    title: { default: t("meta.defaultTitle"), template: t("meta.titleTemplate") },
    description: t("meta.description"),
    applicationName: t("meta.siteName"),
    alternates: localeAlternates(locale),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  // Every page renders per request: the proxy's CSP nonce must reach the scripts Next writes.
  await connection();
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  // Only the strings the client islands of every page use are serialised into the HTML (issue #17);
  // form segments (seller, cart, checkout, account) add theirs in their own layout.
  return (
    <html lang={locale}>
      <body>
        <I18nProvider locale={locale} resources={islandResources(locale)}>
          <SiteHeader locale={locale} t={t} region={await getRegionCode(locale)}
            cart={<CartLink locale={locale} t={t} />} search={<SearchBox locale={locale} />} />
          <main id="main" className="main">{children}</main>
          <SiteFooter t={t} locale={locale} />
        </I18nProvider>
      </body>
    </html>
  );
}
