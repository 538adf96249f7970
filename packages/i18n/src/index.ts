import { LOCALES, type Locale } from "@canting/domain";
import idVocab from "./locales/id/vocab.json";
import enVocab from "./locales/en/vocab.json";
import idCommon from "./locales/id/common.json";
import enCommon from "./locales/en/common.json";

/** i18next namespaces: `vocab` labels every domain code, `common` holds UI copy. */
export const NAMESPACES = ["common", "vocab"] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = "common";

/** i18next resources for every locale, keyed locale → namespace. */
export const resources = {
  id: { common: idCommon, vocab: idVocab },
  en: { common: enCommon, vocab: enVocab },
} satisfies Record<Locale, Record<Namespace, unknown>>;

export type Resources = (typeof resources)["id"];
export { LOCALES };
