import Link from "next/link";
import { locale as rootLocale } from "next/root-params";
import { DEFAULT_LOCALE, isLocale } from "@canting/domain";
import { getTranslator } from "@/lib/i18n/server";

/** The translated 404, for unknown paths and for products or sellers that do not exist. */
export default async function NotFound() {
  const param: unknown = await rootLocale().catch(() => undefined);
  const locale = isLocale(param) ? param : DEFAULT_LOCALE;
  const t = getTranslator(locale);
  return (
    <section className="notice" data-testid="not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <Link className="button" href={`/${locale}`}>{t("notFound.backHome")}</Link>
    </section>
  );
}
