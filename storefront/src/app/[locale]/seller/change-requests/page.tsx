import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { listChangeRequests, listSellerDocuments, retrieveSellerAccount } from "@/lib/data/seller-portal";
import { sendChangeRequest } from "@/lib/actions/seller-change-requests";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { PortalFrame } from "@/features/seller-portal/portal-header";
import { ChangeRequestsPanel } from "@/features/seller-portal/change-requests-panel";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return {
    title: `${t("sellerPortal.changeRequest.title")} · ${t("sellerPortal.metaTitle")}`,
    alternates: localeAlternates(locale, "/seller/change-requests"),
  };
}

/** Requests to change the verified identity (name, NIB, NPWP, address...): the history and a form for a new one. */
export default async function SellerChangeRequestsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), listChangeRequests(locale), listSellerDocuments(locale)]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller/change-requests`} />;
  const [seller, requests, documents] = result.data;
  return (
    <PortalFrame name={seller.name} handle={seller.handle} locale={locale} t={t} current="change-requests">
      <h1 className="portal__title">{t("sellerPortal.changeRequest.title")}</h1>
      <p className="portal__lead">{t("sellerPortal.changeRequest.lead")}</p>
      <ChangeRequestsPanel requests={requests} seller={seller} documents={documents} locale={locale} action={sendChangeRequest} />
      <p className="portal__back"><Link href={`/${locale}/seller`}>{t("sellerPortal.backToPortal")}</Link></p>
    </PortalFrame>
  );
}
