import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { saveListing } from "@/lib/actions/seller-listings";
import { retrieveSellerAccount, retrieveSellerListing } from "@/lib/data/seller-portal";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { ListingPage } from "@/features/seller-portal/listing-page";
import { BackendError } from "@/components/backend-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("sellerListings.editTitle"), alternates: localeAlternates(locale, `/seller/products/${encodeURIComponent(id)}`) };
}

export default async function EditListingPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), retrieveSellerListing(locale, id)]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller/products/${encodeURIComponent(id)}`} />;
  const [seller, listing] = result.data;
  if (!listing) notFound();
  return <ListingPage seller={seller} listing={listing} action={saveListing} locale={locale} t={t} />;
}
