// Labels for domain codes come from @canting/i18n. Its entry point is CommonJS, which the admin's
// Vite build cannot import from a linked workspace package ("resources is not exported"), so the
// JSON resources are imported directly; Vite and tsc both read JSON natively.
import enVocab from "@canting/i18n/dist/locales/en/vocab.json"
import idVocab from "@canting/i18n/dist/locales/id/vocab.json"
import { en, id, type CopyKey } from "./copy"

export type AdminLang = "en" | "id"
type VocabGroup = "technique" | "sellerStatus" | "wastewater" | "umkmScale" | "sentra" | "trainingProgram"

const VOCAB: Record<AdminLang, Record<VocabGroup, Record<string, string>>> = { en: enVocab, id: idVocab }
const COPY: Record<AdminLang, Record<CopyKey, string>> = { en, id }
const INTL_LOCALE: Record<AdminLang, string> = { en: "en-GB", id: "id-ID" }

function readCookie(name: string): string | undefined {
  if (typeof document === "undefined") return undefined
  const hit = document.cookie.split("; ").find((c) => c.startsWith(`${name}=`))
  return hit ? decodeURIComponent(hit.slice(name.length + 1)) : undefined
}

function readLocalStorage(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined
  } catch {
    return undefined
  }
}

/** The dashboard's language: i18next stores it as `lng` (cookie first, then localStorage). */
export function readAdminLang(): AdminLang {
  const raw =
    readCookie("lng") ??
    readLocalStorage("lng") ??
    (typeof document !== "undefined" ? document.documentElement.lang : undefined) ??
    "en"
  return raw.toLowerCase().startsWith("id") ? "id" : "en"
}

/** Copy, code labels and formatters for the admin's current language. */
export function useCopy() {
  const lang = readAdminLang()
  const dateTime = new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: "medium", timeStyle: "short" })
  const number = new Intl.NumberFormat(INTL_LOCALE[lang])
  const rupiah = new Intl.NumberFormat(INTL_LOCALE[lang], { style: "currency", currency: "IDR", maximumFractionDigits: 0 })

  return {
    lang,
    /** The locale the API should answer in (error messages). */
    apiLocale: lang === "id" ? "id-ID" : "en-US",
    t(key: CopyKey, vars?: Record<string, string | number>): string {
      const text = COPY[lang][key] ?? COPY.en[key] ?? key
      return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text
    },
    /** Whether a computed key (e.g. `docKind.${kind}`) has a text. */
    has: (key: string): key is CopyKey => Object.prototype.hasOwnProperty.call(COPY.en, key),
    /** The label of a domain code, or the code itself when @canting/i18n has none. */
    label(group: VocabGroup, code: string | null | undefined): string {
      if (!code) return "—"
      return VOCAB[lang][group][code] ?? VOCAB.en[group][code] ?? code
    },
    date(value: string | null | undefined): string {
      if (!value) return "—"
      const d = new Date(value)
      return Number.isNaN(d.getTime()) ? value : dateTime.format(d)
    },
    number: (value: number) => number.format(value),
    rupiah: (value: number) => rupiah.format(value),
  }
}

export type Copy = ReturnType<typeof useCopy>
