import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";

export function SiteFooter({ t, locale }: { t: Translate; locale: Locale }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__brand">{t("meta.siteName")}</p>
        <p>{t("footer.tagline")}</p>
        <p>{t("footer.honestLabels")}</p>
        <nav aria-label={t("footer.linksLabel")} className="site-footer__links">
          <Link href={`/${locale}/sellers`}>{t("sellersDirectory.nav")}</Link>
          <Link href={`/${locale}/guides`}>{t("guides:nav")}</Link>
          <Link href={`/${locale}/eco`} data-testid="footer-eco">{t("certs:eco.metaTitle")}</Link>
          <Link href={`/${locale}/export`} data-testid="footer-export">{t("footer.export")}</Link>
          <Link href={`/${locale}/export/rubric`}>{t("footer.rubric")}</Link>
          <Link href={`/${locale}/sell`}>{t("nav.sell")}</Link>
        </nav>
        <p className="site-footer__small">{t("footer.copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
