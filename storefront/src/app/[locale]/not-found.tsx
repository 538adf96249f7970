import Link from "next/link";
import { locale as rootLocale } from "next/root-params";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@canting/domain";
import { getTranslator } from "@/lib/i18n/server";

async function currentLocale(): Promise<Locale> {
  try {
    const value: unknown = await rootLocale();
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The translated 404, for unknown paths and for products or sellers that do not exist. */
export default async function NotFound() {
  const locale = await currentLocale();
  const t = getTranslator(locale);
  return (
    <section className="notice" data-testid="not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <Link className="button" href={`/${locale}`}>{t("notFound.backHome")}</Link>
    </section>
  );
}
