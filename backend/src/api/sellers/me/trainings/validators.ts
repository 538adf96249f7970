import { z } from "zod"
import { TRAINING_LEVELS, TRAINING_PROGRAMS } from "@canting/domain"

const NO_HTML = /<[a-z!/][^>]*>/i
const text = (min: number, max: number) =>
  z.string({ error: "required" }).trim().min(min, "too_short").max(max, "too_long").refine((v) => !NO_HTML.test(v), "no_html")
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v)
const DATE = /^\d{4}-\d{2}-\d{2}$/
const date = z.preprocess(blankToUndefined, z.string().regex(DATE, "date_format").refine((v) => !Number.isNaN(Date.parse(v)), "date_format").optional())

/** The programme fields the seller's claim and the operator's new programme share. */
export const programFields = {
  city: z.preprocess(blankToUndefined, text(2, 80).optional()),
  starts_at: date,
  ends_at: date,
}

/**
 * A seller's claim (multipart/form-data, so every value arrives as text): the programme, the year
 * (or its start date; `yearOrDateMissing` checks that one is given), the level reached and the certificate
 * number; the evidence `file` is checked by the route.
 */
export const TrainingClaimBody = z.object({
  program_kind: z.enum(TRAINING_PROGRAMS, "unknown_code"),
  program_name: text(2, 200),
  organiser: text(2, 200),
  year: z.preprocess(blankToUndefined, z.coerce.number({ error: "invalid" }).int("not_integer").min(1990, "year_range").max(new Date().getFullYear(), "year_range").optional()),
  level: z.enum(TRAINING_LEVELS, "unknown_code"),
  certificate_number: z.preprocess(blankToUndefined, text(1, 80).optional()),
  ...programFields,
}).superRefine((v, ctx) => {
  if (v.starts_at && v.ends_at && v.ends_at < v.starts_at) ctx.addIssue({ code: "custom", path: ["ends_at"], message: "date_order" })
  if (v.starts_at && Date.parse(v.starts_at) > Date.now()) ctx.addIssue({ code: "custom", path: ["starts_at"], message: "date_in_future" })
})
export type TrainingClaimBodyType = z.infer<typeof TrainingClaimBody>

/** The claim must date the programme: a year or a start date (checked on the raw body so it is reported with the other errors). */
export const yearOrDateMissing = (body: Record<string, unknown>) =>
  [body.year, body.starts_at].every((v) => v === undefined || (typeof v === "string" && v.trim() === ""))
