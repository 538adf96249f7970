import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { getExportDeskEmail } from "@/env";
import { listSellers } from "@/lib/data/sellers";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { parseDirectoryFilters } from "@/lib/sellers-directory";
import { BackendError } from "@/components/backend-error";
import { SellerList } from "@/features/sellers-directory/seller-list";
import "@/components/readiness/readiness.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return { title: t("exportPage.metaTitle"), description: t("exportPage.metaDescription"), alternates: localeAlternates(locale, "/export") };
}

export default async function ExportPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(listSellers(locale, { ...parseDirectoryFilters({}), exportReady: true }));
  return (
    <article className="section">
      <header className="about">
        <h1>{t("exportPage.title")}</h1>
        <p>{t("exportPage.lead")}</p>
      </header>
      <section className="section" aria-labelledby="export-how">
        <h2 id="export-how">{t("exportPage.howTitle")}</h2>
        <ol className="export-how">
          {(["how1", "how2", "how3", "how4", "how5"] as const).map((k) => <li key={k}>{t(`exportPage.${k}`)}</li>)}
        </ol>
        <p><Link href={`/${locale}/export/rubric`} data-testid="rubric-link">{t("exportPage.rubricLink")}</Link></p>
      </section>
      <section className="section" aria-labelledby="export-sellers">
        <h2 id="export-sellers">{t("exportPage.sellersTitle")}</h2>
        {!result.ok ? (
          <BackendError t={t} retryHref={`/${locale}/export`} />
        ) : result.data.sellers.length === 0 ? (
          <p className="empty" data-testid="export-empty">{t("exportPage.sellersEmpty")}</p>
        ) : (
          <SellerList sellers={result.data.sellers} locale={locale} t={t} withCapacity exportDesk={getExportDeskEmail()} />
        )}
        <p><Link href={`/${locale}/sellers`}>{t("exportPage.allSellers")} →</Link></p>
        {result.ok && result.data.sellers.some((s) => s.demo) && <p className="field__hint">{t("exportPage.demoNote")}</p>}
      </section>
      <section className="section" aria-labelledby="export-contact">
        <h2 id="export-contact">{t("exportPage.contactTitle")}</h2>
        <p>{t("exportPage.contact")}</p>
      </section>
    </article>
  );
}
