import { LOCALES, type Locale } from "@canting/domain";
import idVocab from "./locales/id/vocab.json";
import enVocab from "./locales/en/vocab.json";
import idCommon from "./locales/id/common.json";
import enCommon from "./locales/en/common.json";
import idErrors from "./locales/id/errors.json";
import enErrors from "./locales/en/errors.json";

/** i18next namespaces: `vocab` labels every domain code, `common` holds UI copy, `errors` explains bad input by code. */
export const NAMESPACES = ["common", "vocab", "errors"] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = "common";

/** i18next resources for every locale, keyed locale → namespace. */
export const resources = {
  id: { common: idCommon, vocab: idVocab, errors: idErrors },
  en: { common: enCommon, vocab: enVocab, errors: enErrors },
} satisfies Record<Locale, Record<Namespace, unknown>>;

export type Resources = (typeof resources)["id"];
export { LOCALES };

export type ErrorCode = keyof typeof idErrors;

/** The message for an error code in a locale (Indonesian when the locale is unknown). */
export function errorMessage(code: string, locale: string | undefined): string {
  const lang: Locale = locale?.toLowerCase().startsWith("en") ? "en" : "id";
  const table = resources[lang].errors as Record<string, string>;
  return table[code] ?? table.invalid;
}
