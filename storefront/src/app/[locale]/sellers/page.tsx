import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { listSellers } from "@/lib/data/sellers";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { DIRECTORY_PAGE_SIZE, parseDirectoryFilters } from "@/lib/sellers-directory";
import { BackendError } from "@/components/backend-error";
import { DirectoryFiltersForm, SellerList } from "@/features/sellers-directory/seller-list";
import "@/components/readiness/readiness.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return { title: t("sellersDirectory.title"), description: t("sellersDirectory.metaDescription"), alternates: localeAlternates(locale, "/sellers") };
}

export default async function SellersDirectoryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const filters = parseDirectoryFilters(await searchParams);
  const result = await attempt(listSellers(locale, filters));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/sellers`} />;
  const { sellers, count } = result.data;
  const pages = Math.max(1, Math.ceil(count / DIRECTORY_PAGE_SIZE));
  const pageHref = (page: number) => {
    const qs = new URLSearchParams(Object.entries({ q: filters.q, technique: filters.technique ?? "", sentra: filters.sentra ?? "", export_ready: filters.exportReady ? "1" : "", page: page > 1 ? String(page) : "" }).filter(([, v]) => v));
    return `/${locale}/sellers${qs.size ? `?${qs}` : ""}`;
  };
  return (
    <section className="section" aria-labelledby="directory-title">
      <h1 id="directory-title">{t("sellersDirectory.title")}</h1>
      <p data-testid="directory-count">{t("sellersDirectory.count", { count })}</p>
      <DirectoryFiltersForm locale={locale} filters={filters} t={t} />
      {sellers.length === 0 ? <p className="empty">{t("sellersDirectory.empty")}</p> : <SellerList sellers={sellers} locale={locale} t={t} />}
      {pages > 1 && (
        <nav className="pagination" aria-label={t("catalog.pagination.label")}>
          {filters.page > 1 ? <Link href={pageHref(filters.page - 1)} rel="prev">← {t("catalog.pagination.prev")}</Link> : <span />}
          <span>{t("catalog.pagination.status", { page: filters.page, pages })}</span>
          {filters.page < pages ? <Link href={pageHref(filters.page + 1)} rel="next">{t("catalog.pagination.next")} →</Link> : <span />}
        </nav>
      )}
    </section>
  );
}
