import { z } from "zod"
import { DYE_FAMILIES, ECO_TAGS, FABRICS, MOTIFS, PRODUCT_FORMS, TECHNIQUES } from "@canting/domain"

/** `a,b` or `?x=a&x=b` → one comma list; anything else is passed on for zod to refuse. */
const commaList = (value: unknown) => (Array.isArray(value) ? value.map(String).join(",") : value)
const split = (s: string) => [...new Set(s.split(",").map((v) => v.trim()).filter(Boolean))]

/** A comma-separated list of codes from one domain list; an unknown code names the field. */
const codes = (list: readonly string[]) =>
  z.preprocess(
    commaList,
    z.string().max(1000, "too_long")
      .refine((s) => split(s).every((code) => list.includes(code)), { message: "unknown_filter_code" })
      .transform(split)
  ).optional()

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Locale of titles and messages: `id` / `en`, Medusa's `id-ID` / `en-US` accepted too. */
const locale = z.preprocess(
  (v) => (typeof v === "string" ? v.slice(0, 2).toLowerCase() : v),
  z.enum(["id", "en"], { message: "unknown_code" })
).default("id")

export const StoreCatalogParams = z.object({
  q: z.string().trim().max(100, "too_long").optional().transform((v) => v || undefined),
  technique: codes(TECHNIQUES),
  dye_family: codes(DYE_FAMILIES),
  motif: codes(MOTIFS),
  fabric: codes(FABRICS),
  form: codes(PRODUCT_FORMS),
  eco: codes(ECO_TAGS),
  seller: z.preprocess(
    commaList,
    z.string().max(1000, "too_long").refine((s) => split(s).every((h) => HANDLE.test(h)), { message: "handle_format" }).transform(split)
  ).optional(),
  price_min: z.coerce.number().min(0).max(1e12).optional(),
  price_max: z.coerce.number().min(0).max(1e12).optional(),
  in_stock: z.enum(["true", "false"], { message: "invalid" }).optional().transform((v) => v === "true"),
  currency: z.enum(["idr", "usd"], { message: "unknown_code" }).default("idr"),
  locale,
  sort: z.enum(["relevance", "newest", "price_asc", "price_desc"], { message: "unknown_code" }).default("relevance"),
  limit: z.coerce.number().int().min(1).max(48).default(24),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
}).refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
  message: "price_range_order", path: ["price_min"],
})
export type StoreCatalogParamsType = z.infer<typeof StoreCatalogParams>

export const StoreCatalogSuggestParams = z.object({
  q: z.string({ message: "required" }).trim().min(1, "required").max(100, "too_long"),
  locale,
})
export type StoreCatalogSuggestParamsType = z.infer<typeof StoreCatalogSuggestParams>
