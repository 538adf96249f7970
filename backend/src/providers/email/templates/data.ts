import type { ReactElement } from "react"
import type { EmailCopy } from "./copy"

/** A notification's `data`: whatever the caller sent, read through the helpers below. */
export type Data = Record<string, unknown>

/**
 * One email: its subject and its body. Templates read `data` leniently (a missing field leaves its
 * line out) because a throw here fails the workflow step that sent the notification.
 */
export type EmailTemplate = {
  subject: (d: Data, copy: EmailCopy) => string
  Body: (props: { d: Data; copy: EmailCopy }) => ReactElement
}

export const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : "")
export const num = (v: unknown): number | null => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN
  return Number.isFinite(n) ? n : null
}
export const obj = (v: unknown): Data => (v && typeof v === "object" && !Array.isArray(v) ? (v as Data) : {})
export const list = (v: unknown): Data[] => (Array.isArray(v) ? v.filter((x): x is Data => !!x && typeof x === "object") : [])
