import { z } from "zod"
import type { SellerProfileUpdate } from "../../workflows/seller/workflows/update-seller"
import {
  EXPORT_EXPERIENCE, KBLI_PATTERN, NIB_PATTERN, SCALE_BASES, SENTRA, TECHNIQUES, WASTEWATER_METHODS, normalizeIdNumber, npwpError,
} from "@canting/domain"
// A public image URL (http(s) or our relative `/static/…`); uploads/middlewares.ts then accepts only URLs our upload route issued to the seller.
import { imageUrl } from "../../lib/uploads/file-urls"

// Each rule's message is an error *code*; the validate middleware turns it into a translated message.
const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/
const NO_HTML = /<[a-z!/][^>]*>/i
const text = (max: number) => z.string().trim().max(max, "too_long").refine((v) => !NO_HTML.test(v), "no_html")

const count = z.number({ error: "invalid" }).int("not_integer").min(0, "out_of_range").max(10_000, "out_of_range")
const idNumber = (pattern: RegExp, code: string) =>
  z.string().transform(normalizeIdNumber).refine((v) => pattern.test(v), code)
/** NPWP16 or NIK only; the old 15-digit NPWP gets its own code saying why (invalid since 1 July 2024, PMK 136/2023). */
const npwp = z.string().transform(normalizeIdNumber).superRefine((v, ctx) => {
  const code = npwpError(v)
  if (code) ctx.addIssue({ code: "custom", message: code })
})

export const SellerHandle = z.string().trim().min(3, "handle_format").max(60, "handle_format").regex(HANDLE, "handle_format")

/** POST /sellers: the first step of sign-up. */
export const CreateSeller = z.strictObject({
  name: text(120).pipe(z.string().min(2, "too_short")),
  handle: SellerHandle,
  owner_name: text(120).pipe(z.string().min(2, "too_short")),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{8,20}$/, "phone_format").optional(),
})

const Capacity = z.strictObject({
  technique: z.enum(TECHNIQUES, "unknown_code"),
  units_per_month: z.number({ error: "invalid" }).int("not_integer").min(0, "out_of_range").max(100_000, "out_of_range"),
  lead_time_days: z.number({ error: "invalid" }).int("not_integer").min(1, "out_of_range").max(730, "out_of_range"),
})

/** The export-readiness answers (`declarations` of ReadinessInput in @canting/domain); every key optional. */
export const ExportProfile = z.strictObject({
  cross_border_payment: z.boolean({ error: "invalid" }),
  knows_ska: z.boolean({ error: "invalid" }),
  sample_days: z.number({ error: "invalid" }).int("not_integer").min(1, "out_of_range").max(365, "out_of_range").nullable(),
  moq_and_tiers: z.boolean({ error: "invalid" }),
  incoterm_quote: z.boolean({ error: "invalid" }),
  export_experience: z.enum(EXPORT_EXPERIENCE, "unknown_code").nullable(),
  trade_fair: z.boolean({ error: "invalid" }),
}).partial()
export type ExportProfileBody = z.infer<typeof ExportProfile>

/** POST /sellers/me: any subset of the profile. */
export const UpdateSeller = z
  .strictObject({
    name: text(120).pipe(z.string().min(2, "too_short")),
    handle: SellerHandle,
    owner_name: text(120),
    email: z.string().trim().email("email_format"),
    phone: z.string().trim().regex(/^\+?[0-9 ()-]{8,20}$/, "phone_format"),
    street: text(200),
    kelurahan: text(80),
    kecamatan: text(80),
    city: text(80),
    province: text(80),
    postcode: z.string().trim().regex(/^\d{5}$/, "postcode_format"),
    sentra: z.enum(SENTRA, "unknown_code").nullable(),
    nib: idNumber(NIB_PATTERN, "nib_format"),
    npwp,
    kbli: z.array(z.string().trim().regex(KBLI_PATTERN, "kbli_format")).max(20, "too_long"),
    scale_basis: z.enum(SCALE_BASES, "unknown_code"),
    declared_amount_idr: z.number({ error: "invalid" }).min(0, "out_of_range").max(1e15, "out_of_range"),
    founded_year: z.number({ error: "invalid" }).int("not_integer").min(1900, "year_range").max(new Date().getFullYear(), "year_range"),
    techniques: z.array(z.enum(TECHNIQUES, "unknown_code")).max(TECHNIQUES.length, "too_long"),
    capacity: z.array(Capacity).max(TECHNIQUES.length, "too_long"),
    wastewater_method: z.enum(WASTEWATER_METHODS, "unknown_code"),
    ipal_name: text(120).nullable(),
    workforce_total: count,
    workforce_bpjs: count,
    artisans_over_50: count,
    apprentices_under_25: count,
    story: z.strictObject({ id: text(4000).optional(), en: text(4000).optional() }),
    logo_url: imageUrl.nullable(),
    banner_url: imageUrl.nullable(),
    export_profile: ExportProfile.nullable(),
  })
  .partial()
  .superRefine((v, ctx) => {
    if (v.workforce_total === undefined) return
    for (const part of ["workforce_bpjs", "artisans_over_50", "apprentices_under_25"] as const) {
      if ((v[part] ?? 0) > v.workforce_total) ctx.addIssue({ code: "custom", path: [part], message: "exceeds_total" })
    }
  })
export type UpdateSellerBody = z.infer<typeof UpdateSeller>
// The update workflow owns its input type; what this schema lets through must fit it.
export const updateSellerInput = (body: UpdateSellerBody): SellerProfileUpdate => body

/** Operator decisions that must say why. */
export const AdminSellerDecision = z.strictObject({ reason: text(2000).optional() })
