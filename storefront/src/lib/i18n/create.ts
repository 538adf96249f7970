import { createInstance, type TFunction } from "i18next";
import { DEFAULT_LOCALE, type Locale } from "@canting/domain";
import { DEFAULT_NAMESPACE, NAMESPACES, resources } from "@canting/i18n";

/** The translate function every component receives: `t("home.title")`, `t("vocab:technique.batik_tulis")`. */
export type Translate = TFunction<typeof NAMESPACES>;

/** A fresh, synchronously initialised i18next instance for one locale (no shared global state). */
export function createI18n(locale: Locale, res: Partial<typeof resources> = resources) {
  const i18n = createInstance();
  void i18n.init({
    resources: res,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return i18n;
}

/** The translate function for a locale, bound to both namespaces. */
export function createTranslator(locale: Locale): Translate {
  return createI18n(locale).getFixedT(locale, NAMESPACES);
}
