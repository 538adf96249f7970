import { LOCALES, type Locale } from "@canting/domain";
import idVocab from "./locales/id/vocab.json" with { type: "json" };
import enVocab from "./locales/en/vocab.json" with { type: "json" };
import idCommon from "./locales/id/common.json" with { type: "json" };
import enCommon from "./locales/en/common.json" with { type: "json" };
import idErrors from "./locales/id/errors.json" with { type: "json" };
import enErrors from "./locales/en/errors.json" with { type: "json" };
import idErrorsOrders from "./locales/id/errors-orders.json" with { type: "json" };
import enErrorsOrders from "./locales/en/errors-orders.json" with { type: "json" };
import idErrorsCerts from "./locales/id/errors-certs.json" with { type: "json" };
import enErrorsCerts from "./locales/en/errors-certs.json" with { type: "json" };
import idErrorsCheckout from "./locales/id/errors-checkout.json" with { type: "json" };
import enErrorsCheckout from "./locales/en/errors-checkout.json" with { type: "json" };
import idErrorsSearch from "./locales/id/errors-search.json" with { type: "json" };
import enErrorsSearch from "./locales/en/errors-search.json" with { type: "json" };
import idErrorsTraining from "./locales/id/errors-training.json" with { type: "json" };
import enErrorsTraining from "./locales/en/errors-training.json" with { type: "json" };
import idShop from "./locales/id/shop.json" with { type: "json" };
import enShop from "./locales/en/shop.json" with { type: "json" };
import idCerts from "./locales/id/certs.json" with { type: "json" };
import idGuides from "./locales/id/guides.json" with { type: "json" };
import idReadiness from "./locales/id/readiness.json" with { type: "json" };
import enReadiness from "./locales/en/readiness.json" with { type: "json" };
import enGuides from "./locales/en/guides.json" with { type: "json" };
import enCerts from "./locales/en/certs.json" with { type: "json" };
import idAdmin from "./locales/id/admin.json" with { type: "json" };
import enAdmin from "./locales/en/admin.json" with { type: "json" };
import idEmails from "./locales/id/emails.json" with { type: "json" };
import enEmails from "./locales/en/emails.json" with { type: "json" };
import idErrorsEmails from "./locales/id/errors-emails.json" with { type: "json" };
import enErrorsEmails from "./locales/en/errors-emails.json" with { type: "json" };

/**
 * i18next namespaces: `vocab` labels every domain code, `common` holds UI copy, `errors` explains
 * bad input by code, `shop` is cart/checkout/accounts/orders copy, `certs` is certificate copy,
 * `guides` is the long-form guide copy (techniques, motifs, natural dyes), `readiness` explains the
 * export-readiness rubric (item titles, what earned points, next steps), `admin` is the Medusa admin
 * extension's copy (sidebar labels and the sellers, certificates and trainings pages), `emails` is
 * every email's copy (subjects, bodies) and the admin's Outbox page.
 */
export const NAMESPACES = ["common", "vocab", "errors", "shop", "certs", "guides", "readiness", "admin", "emails"] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = "common";

/** i18next resources for every locale, keyed locale → namespace. */
export const resources = {
  id: { common: idCommon, vocab: idVocab, errors: { ...idErrors, ...idErrorsOrders, ...idErrorsCerts, ...idErrorsCheckout, ...idErrorsSearch, ...idErrorsTraining, ...idErrorsEmails }, shop: idShop, certs: idCerts, guides: idGuides, readiness: idReadiness, admin: idAdmin, emails: idEmails },
  en: { common: enCommon, vocab: enVocab, errors: { ...enErrors, ...enErrorsOrders, ...enErrorsCerts, ...enErrorsCheckout, ...enErrorsSearch, ...enErrorsTraining, ...enErrorsEmails }, shop: enShop, certs: enCerts, guides: enGuides, readiness: enReadiness, admin: enAdmin, emails: enEmails },
} satisfies Record<Locale, Record<Namespace, unknown>>;

export type Resources = (typeof resources)["id"];
export { LOCALES };

// Error codes live in one file per area (errors.json, errors-orders.json, errors-certs.json, …) and merge into one namespace.
export type ErrorCode = keyof (typeof resources)["id"]["errors"];

/** The message for an error code in a locale (Indonesian when the locale is unknown). */
export function errorMessage(code: string, locale: string | undefined): string {
  const lang: Locale = locale?.toLowerCase().startsWith("en") ? "en" : "id";
  const table = resources[lang].errors as Record<string, string>;
  return table[code] ?? table.invalid;
}
