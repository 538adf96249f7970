import { DEFAULT_LOCALE, formatMoney, isLocale, MEDUSA_LOCALE, type Locale } from "@canting/domain"
import { resources } from "@canting/i18n"

type Emails = (typeof resources)["id"]["emails"]
/** Dotted paths to the texts of a JSON tree: `{ order: { total } }` gives `"order.total"`. */
type Leaves<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}` }[keyof T & string]
export type EmailKey = Leaves<Emails>
export type Vars = Record<string, string | number | null | undefined>

/**
 * The language of an email: the caller's `data.locale` when it names one we write in (`id`, `en`,
 * or a BCP 47 tag such as Medusa's `en-US` on an order), else Indonesian.
 */
export function emailLocale(value: unknown): Locale {
  if (typeof value !== "string") return DEFAULT_LOCALE
  const lang = value.trim().toLowerCase().split(/[-_]/)[0]
  return isLocale(lang) ? lang : DEFAULT_LOCALE
}

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === "string" ? node : undefined
}

/** i18next's `{{name}}` placeholders filled; a value the caller did not send leaves nothing behind. */
export const fill = (text: string, vars: Vars = {}) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ""))

/** Everything a template writes with, in one language: texts, code labels, money, dates and storefront links. */
export function emailCopy(locale: Locale, storefrontUrl: string) {
  const texts = resources[locale]
  const base = storefrontUrl.replace(/\/+$/, "")
  const day = new Intl.DateTimeFormat(MEDUSA_LOCALE[locale], { dateStyle: "long", timeZone: "Asia/Jakarta" })
  return {
    locale,
    t: (key: EmailKey, vars?: Vars) => fill(lookup(texts.emails, key) ?? key, vars),
    /** A label from another namespace (`vocab` codes, the portal's field names), or the code itself. */
    label: (ns: "vocab" | "common", path: string, code: string | null | undefined) =>
      (code && lookup(texts[ns], `${path}.${code}`)) || code || "",
    money: (amount: number, currency: string | null | undefined) => (currency ? formatMoney(amount, currency, locale) : String(amount)),
    /** A calendar day as read in Indonesia, where the workshops are. */
    date: (value: unknown) => {
      const d = value instanceof Date ? value : typeof value === "string" ? new Date(value) : null
      return d && !Number.isNaN(d.getTime()) ? day.format(d) : ""
    },
    /** A storefront page in this language: `/seller/orders` → `<STOREFRONT_URL>/<locale>/seller/orders`. */
    link: (path: string) => `${base}/${locale}${path}`,
  }
}

export type EmailCopy = ReturnType<typeof emailCopy>
