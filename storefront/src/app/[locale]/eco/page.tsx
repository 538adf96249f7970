import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ECO_TAGS, VERIFICATION_METHODS, isLocale } from "@canting/domain";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import "@/features/guides/guides.css";

type Props = { params: Promise<{ locale: string }> };
type Loose = (key: string) => string;

const SCHEMES = ["batikmark", "sni", "sih", "ekolabel", "ipal", "oekotex", "gots"] as const;
/** Sources for the facts on this page (shared/research/domain-batik.md §2). */
const SOURCES = [
  { label: "Disperindag Jatim — fasilitasi sertifikasi Batikmark", url: "https://disperindag.jatimprov.go.id/post/detail?content=fasilitasi-sertifikasi-batikmark" },
  { label: "BBKB (Kemenperin) — layanan Batikmark", url: "https://bbkb.kemenperin.go.id/index.php/post/read/layanan_batikmark_0" },
  { label: "Sindonews (2013) — pemerintah akan sertifikasi batik Indonesia (masa berlaku Batikmark)", url: "https://ekbis.sindonews.com/berita/741146/34/pemerintah-akan-sertifikasi-batik-indonesia" },
  { label: "Tempo (2013) — SNI batik belum banyak dimanfaatkan pengusaha", url: "https://bisnis.tempo.co/amp/509886/sni-batik-belum-banyak-dimanfaatkan-pengusaha" },
  { label: "Menara62 — BSN bina IKM batik menerapkan SNI (SPPT SNI)", url: "https://menara62.com/bsn-bina-ikm-di-jawa-timur-agar-menerapkan-sni" },
  { label: "BBT (Kemenperin) — sertifikasi industri hijau", url: "https://bbt.kemenperin.go.id/layanan/industri_hijau" },
  { label: "informasi.com — Kemenperin dorong industri batik lebih hijau lewat SIH", url: "https://informasi.com/ekonomi/infrm-22510/kemenperin-dorong-industri-batik-lebih-hijau-lewat-sih" },
  { label: "Sucofindo — ekolabel tipe I dan tipe II", url: "https://www.sucofindo.co.id/artikel-1/umum/sertifikasi-13/ekolabel-sebagai-wujud-scp-di-indonesia/" },
  { label: "Antara Jateng — IPAL komunal Kota Pekalongan", url: "https://jateng.antaranews.com/berita/565790/pemkot-pekalongan-unikal-giatkan-gerakan-standar-industri-hijau" },
  { label: "OEKO-TEX — consumer FAQ and Label Check", url: "https://www.oeko-tex.com/en/faq/consumer" },
  { label: "GOTS — certification", url: "https://global-standard.org/en/certification-and-labelling/certification" },
  { label: "GOTS — public database", url: "https://www.global-standard.org/public-database/how-to-use-it.html" },
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return { title: t("certs:eco.metaTitle"), description: t("certs:eco.metaDescription"), alternates: localeAlternates(locale, "/eco") };
}

/**
 * What every badge and scheme means and how a buyer can verify it (issue #4). Shoppers see only
 * certificates Canting verified; the methods listed are the ones a badge can name.
 */
export default async function EcoPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const tt = t as unknown as Loose;
  return (
    <article className="guide" aria-labelledby="eco-title">
      <h1 id="eco-title">{t("certs:eco.title")}</h1>
      <p className="guide__lead">{t("certs:eco.lead")}</p>
      <section className="about guide__note">
        <h2>{t("certs:eco.statesTitle")}</h2>
        <ul>
          <li data-testid="eco-state-verified">
            {t("certs:eco.stateVerified")}
            <ul>{VERIFICATION_METHODS.map((m) => <li key={m}>{t(`vocab:verificationMethod.${m}`)}</li>)}</ul>
          </li>
          <li>{t("certs:eco.stateExpiring")}</li>
          <li data-testid="eco-state-declared">{t("certs:eco.stateDeclared")}</li>
          <li data-testid="eco-state-demo">{t("certs:eco.stateDemo")}</li>
        </ul>
      </section>
      <h2>{t("certs:eco.schemesTitle")}</h2>
      <ul className="guide__entries" role="list">
        {SCHEMES.map((s) => (
          <li key={s} className="guide__entry" data-testid={`eco-scheme-${s}`}>
            <p>{tt(`certs:eco.scheme.${s}.what`)}</p>
            <p className="guide__signs"><strong>{t("certs:eco.verifyLabel")}</strong> {tt(`certs:eco.scheme.${s}.verify`)}</p>
          </li>
        ))}
      </ul>
      <section className="about guide__note" aria-labelledby="eco-tags">
        <h2 id="eco-tags">{t("certs:eco.tagsTitle")}</h2>
        <p>{t("certs:eco.tagsLead")}</p>
        <ul>{ECO_TAGS.map((tag) => <li key={tag}>{tt(`certs:eco.tag.${tag}`)}</li>)}</ul>
        <p>{t("certs:eco.naturalCaveat")}</p>
        <p><Link href={`/${locale}/products?eco=wastewater_treated`}>{t("certs:eco.browse")} →</Link></p>
      </section>
      <footer className="guide__sources">
        <h2>{t("guides:sourcesTitle")}</h2>
        <ul>{SOURCES.map((s) => <li key={s.url}><a href={s.url} rel="noopener noreferrer external">{s.label}</a></li>)}</ul>
      </footer>
    </article>
  );
}
