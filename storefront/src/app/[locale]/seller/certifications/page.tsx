import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { listSellerListings, retrieveSellerAccount } from "@/lib/data/seller-portal";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { PortalFrame } from "@/features/seller-portal/portal-header";
import { BackendError } from "@/components/backend-error";
import { listSellerCertificates } from "@/features/seller-certs/data";
import { deleteCertificate } from "@/features/seller-certs/actions";
import { CertificateForm } from "@/features/seller-certs/certificate-form";
import { CertificateList } from "@/features/seller-certs/certificate-list";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("certs:portal.metaTitle"), alternates: localeAlternates(locale, "/seller/certifications") };
}

/** The seller's certificates: what Canting has verified, what waits for review, and a form to add one with evidence. */
export default async function SellerCertificationsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), listSellerListings(locale), listSellerCertificates(locale)]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller/certifications`} />;
  const [seller, listings, certificates] = result.data;
  return (
    <PortalFrame name={seller.name} handle={seller.handle} locale={locale} t={t} current="certifications">
      <h1 className="portal__title">{t("certs:portal.title")}</h1>
      <p className="portal__lead">{t("certs:portal.lead")}</p>
      <CertificateList certificates={certificates} locale={locale} deleteAction={deleteCertificate} />
      <CertificateForm locale={locale} products={listings.map((l) => ({ id: l.id, title: l.title }))} />
      <p className="portal__back"><Link href={`/${locale}/seller`}>{t("certs:portal.back")}</Link></p>
    </PortalFrame>
  );
}
