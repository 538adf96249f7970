import { z } from "zod"
import { PORTAL_PAGE_MAX, PORTAL_PAGE_SIZE } from "@canting/domain"

// Each rule's message is an error *code*; validateQuery turns it into a translated message.
const NO_CONTROL = /^[^\u0000-\u001f\u007f<>]*$/
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v)

/** `limit` and `offset` of a seller portal list: 1–100 rows (20 unless asked), from row 0 on. */
export const pageParams = {
  limit: z.coerce.number({ error: "invalid" }).int("not_integer").min(1, "out_of_range").max(PORTAL_PAGE_MAX, "out_of_range").default(PORTAL_PAGE_SIZE),
  offset: z.coerce.number({ error: "invalid" }).int("not_integer").min(0, "out_of_range").max(1_000_000, "out_of_range").default(0),
}

/** A free-text search box: an empty box is no search, anything else is one line of at most 100 characters. */
export const searchParam = z.preprocess(blankToUndefined, z.string({ error: "invalid" }).trim().max(100, "too_long").regex(NO_CONTROL, "invalid").optional())

/** A filter that may be left empty (`?status=` from a form's "all" choice). */
export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, "unknown_code").optional())

/** A yes/no filter (`?low_stock=true`): absent, empty or `false` is no filter. */
export const flagParam = z.preprocess(blankToUndefined, z.enum(["true", "false"], "invalid").optional()).transform((v) => v === "true")

/** `-field` → { field: "DESC" }, `field` → { field: "ASC" }. */
export function sortOf<F extends string>(order: `-${F}` | F): { field: F; direction: "asc" | "desc" } {
  return order.startsWith("-") ? { field: order.slice(1) as F, direction: "desc" } : { field: order as F, direction: "asc" }
}

/** `%`, `_` and `\` match literally inside an ILIKE pattern. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
