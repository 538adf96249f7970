import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { I18nProvider } from "@/lib/i18n/client";
import { segmentResources } from "@/lib/i18n/island-keys";
import "@/features/seller-portal/seller-portal.css";

// The portal is private: never indexed, whatever the page.
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** The portal's forms translate with every client namespace: the locale layout serialises only the shop islands' strings. */
export default async function SellerLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <I18nProvider locale={locale} resources={segmentResources(locale, "seller")}>{children}</I18nProvider>;
}
