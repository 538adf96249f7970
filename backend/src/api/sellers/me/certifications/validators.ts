import { z } from "zod"
import { BATIKMARK_TYPES, CERT_SCHEMES, CERT_SUBJECT_TYPES } from "@canting/domain"

const NO_HTML = /<[a-z!/][^>]*>/i
/** Multipart text fields arrive as strings; an empty field means "not given". */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v)
const text = (min: number, max: number) =>
  z.string({ error: "required" }).trim().min(min, "too_short").max(max, "too_long").refine((v) => !NO_HTML.test(v), "no_html")
/** A calendar date YYYY-MM-DD, kept as midnight UTC of that date. */
const calendarDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "date_format")
  .refine((v) => { const d = new Date(`${v}T00:00:00Z`); return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) }, "date_format")
  .transform((v) => new Date(`${v}T00:00:00Z`))

/** A seller's certificate claim (the multipart text fields of POST /sellers/me/certifications). */
export const CertificateClaimBody = z.strictObject({
  scheme: z.enum(CERT_SCHEMES, "unknown_code"),
  subject_type: z.enum(CERT_SUBJECT_TYPES, "unknown_code"),
  product_id: z.preprocess(blank, z.string().trim().max(100, "too_long").optional()),
  issuer: text(2, 200),
  number: text(1, 100),
  standard: z.preprocess(blank, text(1, 200).optional()),
  batikmark_type: z.preprocess(blank, z.enum(BATIKMARK_TYPES, "unknown_code").optional()),
  issued_at: z.preprocess(blank, calendarDate.optional()),
  expires_at: z.preprocess(blank, calendarDate.optional()),
  notes: z.preprocess(blank, text(1, 2000).optional()),
})
export type CertificateClaimBodyType = z.infer<typeof CertificateClaimBody>
