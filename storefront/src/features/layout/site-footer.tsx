import type { Translate } from "@/lib/i18n/create";

export function SiteFooter({ t }: { t: Translate }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__brand">{t("meta.siteName")}</p>
        <p>{t("footer.tagline")}</p>
        <p>{t("footer.honestLabels")}</p>
        <p className="site-footer__small">{t("footer.copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
