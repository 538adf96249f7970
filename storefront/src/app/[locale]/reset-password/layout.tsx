import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { I18nProvider } from "@/lib/i18n/client";
import { segmentResources } from "@/lib/i18n/island-keys";

// The URL carries a reset token: never indexed, and never sent on as a Referer to another site.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** Adds the reset form's strings to the shop islands' (the locale layout serialises only those). */
export default async function ResetPasswordLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <I18nProvider locale={locale} resources={segmentResources(locale, "reset-password")}>{children}</I18nProvider>;
}
