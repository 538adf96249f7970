import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale, PORTAL_PAGE_SIZE, type ListingSort, type ListingStatus } from "@canting/domain";
import { deleteListing, setListingStatus } from "@/lib/actions/seller-listings";
import { listSellerListingPage, retrieveSellerAccount } from "@/lib/data/seller-portal";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { LISTINGS_LIST, listHref, readListParams, type ListParams } from "@/lib/seller-portal/list-params";
import { ListingsTable } from "@/features/seller-portal/listings-table";
import { PortalFrame } from "@/features/seller-portal/portal-header";
import { BackendError } from "@/components/backend-error";
import { ListFilters } from "@/components/portal-list/list-filters";
import { Pager } from "@/components/portal-list/pager";

export const dynamic = "force-dynamic";

/** The CSV of what the list shows (search, status, sort; every page), in the page's language for the headers. */
function exportHref(locale: string, list: ListParams<ListingSort, ListingStatus>) {
  const qs = new URLSearchParams(listHref("", LISTINGS_LIST, list, { page: 1 }).split("?")[1] ?? "");
  qs.set("locale", locale);
  return `/api/seller/listings-export?${qs}`;
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("sellerListings.metaTitle"), alternates: localeAlternates(locale, "/seller/products") };
}

export default async function SellerListingsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const list = readListParams(LISTINGS_LIST, await searchParams);
  const base = `/${locale}/seller/products`;
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), listSellerListingPage(locale, list)]));
  if (!result.ok) return <BackendError t={t} retryHref={listHref(base, LISTINGS_LIST, list, { page: list.page })} />;
  const [seller, { listings, count }] = result.data;
  return (
    <PortalFrame name={seller.name} handle={seller.handle} locale={locale} t={t} current="products">
      <h1 className="portal__title">{t("sellerListings.title")}</h1>
      <p className="portal__lead">{t("sellerListings.lead")}</p>
      <Link className="button button--block portal__add" href={`${base}/new`} data-testid="listing-add">{t("sellerListings.add")}</Link>
      <ListFilters base={base} spec={LISTINGS_LIST} params={list} t={t} testId="listings-filters" searchLabel={t("sellerListings.searchLabel")}
        statusLabel={(s) => t(`sellerListings.status.${s}`)} sortLabel={(s) => t(`sellerListings.sort.${s}`)} />
      <p className="portal__lead">
        {/* A plain link, not next/link: the route handler answers a file download, not a page. */}
        <a href={exportHref(locale, list)} download data-testid="listings-export">{t("sellerListings.export.link")}</a>
        {" "}{t("sellerListings.export.hint")}
      </p>
      <Pager page={list.page} count={count} pageSize={PORTAL_PAGE_SIZE} t={t} testId="listings-pager"
        hrefFor={(page) => listHref(base, LISTINGS_LIST, list, { page })} />
      <ListingsTable listings={listings} locale={locale} approved={seller.status === "approved"} params={list}
        statusAction={setListingStatus} deleteAction={deleteListing} />
      <p className="portal__back"><Link href={`/${locale}/seller`} data-testid="back-to-portal">{t("sellerPortal.backToPortal")}</Link></p>
    </PortalFrame>
  );
}
