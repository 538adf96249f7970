import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { I18nProvider } from "@/lib/i18n/client";
import { segmentResources } from "@/lib/i18n/island-keys";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** Adds the strings of the login, register and address forms to the shop islands' (the locale layout serialises only those). */
export default async function AccountLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <I18nProvider locale={locale} resources={segmentResources(locale, "account")}>{children}</I18nProvider>;
}
