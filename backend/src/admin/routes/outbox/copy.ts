// The Outbox pages' copy: @canting/i18n's `emails` namespace (`outbox` section), in the dashboard's
// language, read the same way as the other pages' copy (../../lib/i18n.ts explains why not react-i18next).
import en from "@canting/i18n/locales/en/emails.json"
import id from "@canting/i18n/locales/id/emails.json"
import { useMemo } from "react"
import { readAdminLang, type AdminLang } from "../../lib/i18n"

// `satisfies` types the Indonesian copy against the English, so a missing text fails the type check.
const TEXT = { en: en.outbox, id: id.outbox } satisfies Record<AdminLang, typeof en.outbox>
type Leaves<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}` }[keyof T & string]
export type OutboxKey = Leaves<typeof en.outbox>

function outboxCopy(lang: AdminLang) {
  const dateTime = new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeStyle: "medium" })
  return {
    t(key: OutboxKey, vars: Record<string, string> = {}): string {
      const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], TEXT[lang])
      return String(text ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? "")
    },
    date: (value: string | null) => (value ? dateTime.format(new Date(value)) : "—"),
  }
}

/** The Outbox pages' copy in the dashboard's language; one object per language, so it can be a hook dependency. */
export function useOutboxCopy() {
  const lang = readAdminLang()
  return useMemo(() => outboxCopy(lang), [lang])
}
