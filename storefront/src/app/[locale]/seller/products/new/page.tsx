import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { saveListing } from "@/lib/actions/seller-listings";
import { retrieveSellerAccount } from "@/lib/data/seller-portal";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { ListingPage } from "@/features/seller-portal/listing-page";
import { BackendError } from "@/components/backend-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("sellerListings.newTitle"), alternates: localeAlternates(locale, "/seller/products/new") };
}

export default async function NewListingPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(retrieveSellerAccount(locale));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller/products/new`} />;
  return <ListingPage seller={result.data} listing={null} action={saveListing} locale={locale} t={t} />;
}
