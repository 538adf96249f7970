// The admin's copy is @canting/i18n's `admin` namespace; ../i18n/index.ts hands it to Medusa's admin
// i18n, which translates the sidebar labels. The pages read the same namespace here, in the
// dashboard's language, rather than through react-i18next's useTranslation: that works only when
// src/admin resolves the very copy the dashboard initialised (it pins its own, 13.5.0), which is up
// to npm's hoisting; any other copy has no i18next instance and renders the keys. Only the
// namespaces the admin needs are imported, as JSON.
import enAdmin from "@canting/i18n/locales/en/admin.json"
import idAdmin from "@canting/i18n/locales/id/admin.json"
import enVocab from "@canting/i18n/locales/en/vocab.json"
import idVocab from "@canting/i18n/locales/id/vocab.json"
import { useMemo } from "react"

export type AdminLang = "en" | "id"

// `satisfies` types the Indonesian copy against the English, so a missing text fails the type check.
const TEXT = { en: enAdmin, id: idAdmin } satisfies Record<AdminLang, typeof enAdmin>
const VOCAB = { en: enVocab, id: idVocab } satisfies Record<AdminLang, typeof enVocab>
const INTL_LOCALE: Record<AdminLang, string> = { en: "en-GB", id: "id-ID" }

type Section = Exclude<keyof typeof enAdmin, "nav">
/** Dotted paths to the texts of a JSON tree: `{ list: { title } }` gives `"list.title"`. */
type Leaves<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}` }[keyof T & string]
type VocabGroup = keyof typeof enVocab
type Vars = Record<string, string | number>

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

function lookup(lang: AdminLang, section: Section, key: string): string | undefined {
  let node: unknown = TEXT[lang][section]
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === "string" ? node : undefined
}

/** A section's texts in `lang`, English when a text is missing, with i18next's `{{name}}` placeholders filled. */
function texts<S extends Section>(section: S, lang: AdminLang) {
  return {
    t(key: Leaves<(typeof enAdmin)[S]>, vars?: Vars): string {
      const text = lookup(lang, section, key) ?? lookup("en", section, key) ?? key
      return vars ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`)) : text
    },
    /** Whether a computed key (e.g. `docKind.${kind}`) has a text. */
    has: (key: string): key is Leaves<(typeof enAdmin)[S]> => lookup("en", section, key) !== undefined,
  }
}

/** The label of a domain code from @canting/i18n's vocabulary, or the code itself when it has none. */
function vocabLabel(lang: AdminLang, group: VocabGroup, code: string | null | undefined): string {
  if (!code) return "—"
  return (VOCAB[lang][group] as Record<string, string>)[code] ?? (VOCAB.en[group] as Record<string, string>)[code] ?? code
}

/** The locale the API should answer in (error messages). */
const apiLocale = (lang: AdminLang) => (lang === "id" ? "id-ID" : "en-US")

/** The Sellers pages' copy, code labels and formatters for the admin's current language; one object per language, so it can be a hook dependency. */
export function useCopy() {
  const lang = readAdminLang()
  return useMemo(() => copyFor(lang), [lang])
}

function copyFor(lang: AdminLang) {
  const dateTime = new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: "medium", timeStyle: "short" })
  const number = new Intl.NumberFormat(INTL_LOCALE[lang])
  const rupiah = new Intl.NumberFormat(INTL_LOCALE[lang], { style: "currency", currency: "IDR", maximumFractionDigits: 0 })

  return {
    lang,
    apiLocale: apiLocale(lang),
    ...texts("sellers", lang),
    label: (group: VocabGroup, code: string | null | undefined) => vocabLabel(lang, group, code),
    date(value: string | null | undefined): string {
      if (!value) return "—"
      const d = new Date(value)
      return Number.isNaN(d.getTime()) ? value : dateTime.format(d)
    },
    number: (value: number) => number.format(value),
    rupiah: (value: number) => rupiah.format(value),
  }
}

export type Copy = ReturnType<typeof copyFor>
export type CopyKey = Leaves<(typeof enAdmin)["sellers"]>

/** The Certificates pages' copy, code labels and date formatting for the admin's current language; one object per language. */
export function useCertCopy() {
  const lang = readAdminLang()
  return useMemo(() => certCopyFor(lang), [lang])
}

function certCopyFor(lang: AdminLang) {
  const dates = new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: "medium" })
  const dateTimes = new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: "medium", timeStyle: "short" })
  return {
    lang,
    apiLocale: apiLocale(lang),
    ...texts("certificates", lang),
    label: (group: VocabGroup, code: string | null | undefined) => vocabLabel(lang, group, code),
    /** A calendar date (YYYY-MM-DD) shown as that day, whatever the browser's time zone. */
    day: (value: string | null | undefined) => (value ? dates.format(new Date(`${value.slice(0, 10)}T12:00:00Z`)) : "—"),
    dateTime: (value: string | null | undefined) => (value ? dateTimes.format(new Date(value)) : "—"),
  }
}

export type CertCopy = ReturnType<typeof certCopyFor>

export type TrainingCopyKey = Leaves<(typeof enAdmin)["trainings"]>

/** The Trainings page's copy in the dashboard's language, read at each call (outside React too). */
export const trainingText = (key: TrainingCopyKey, vars?: Vars): string => texts("trainings", readAdminLang()).t(key, vars)
export const hasTrainingText = (key: string): key is TrainingCopyKey => texts("trainings", "en").has(key)
