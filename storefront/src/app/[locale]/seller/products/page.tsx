import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { deleteListing, setListingStatus } from "@/lib/actions/seller-listings";
import { listSellerListings, retrieveSellerAccount } from "@/lib/data/seller-portal";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { ListingsTable } from "@/features/seller-portal/listings-table";
import { PortalHeader } from "@/features/seller-portal/portal-header";
import { BackendError } from "@/components/backend-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("sellerListings.metaTitle"), alternates: localeAlternates(locale, "/seller/products") };
}

export default async function SellerListingsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), listSellerListings(locale)]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller/products`} />;
  const [seller, listings] = result.data;
  return (
    <div className="portal">
      <PortalHeader name={seller.name} handle={seller.handle} locale={locale} t={t} />
      <h1 className="portal__title">{t("sellerListings.title")}</h1>
      <p className="portal__lead">{t("sellerListings.lead")}</p>
      <Link className="button button--block" href={`/${locale}/seller/products/new`} data-testid="listing-add">{t("sellerListings.add")}</Link>
      <ListingsTable listings={listings} locale={locale} approved={seller.status === "approved"}
        statusAction={setListingStatus} deleteAction={deleteListing} />
      <p className="portal__back"><Link href={`/${locale}/seller`} data-testid="back-to-portal">{t("sellerPortal.backToPortal")}</Link></p>
    </div>
  );
}
