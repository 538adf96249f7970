import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEDUSA_LOCALE } from "@canting/domain"

/** The product fields a seller writes in Indonesian and may translate. */
export const TRANSLATABLE_PRODUCT_FIELDS = ["title", "subtitle", "description"] as const
export type TranslatedFlags = Record<(typeof TRANSLATABLE_PRODUCT_FIELDS)[number], boolean>

type StoreProduct = { id?: string; translated?: TranslatedFlags } & Record<string, unknown>

/**
 * Store product responses say, per field, whether the text is in the requested language:
 * `translated: { title, subtitle, description }`. Products are written in Indonesian; in any
 * other locale the Translation module fills in the seller's translation and otherwise leaves
 * the Indonesian text, which the storefront then marks as "not yet translated" (lang="id").
 * An empty field counts as translated (there is nothing to translate).
 */
export function addTranslationFlags(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Medusa resolves (and normalizes) req.locale from ?locale= or x-medusa-locale on every /store route.
  const locale = req.locale || MEDUSA_LOCALE.id
  const json = res.json.bind(res)
  res.json = ((body: { product?: StoreProduct; products?: StoreProduct[] }) => {
    const products = body?.products ?? (body?.product ? [body.product] : [])
    if (!products.length || res.statusCode >= 400) return json(body)
    flag(req, locale, products).then(() => json(body), (e) => {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`[translation flags] ${(e as Error).message}`)
      json(body)
    })
    return res
  }) as typeof res.json
  next()
}

async function flag(req: MedusaRequest, locale: string, products: StoreProduct[]) {
  const source = locale.toLowerCase().startsWith("id")
  const copies = new Map<string, Record<string, unknown>>()
  const ids = products.map((p) => p.id).filter((id): id is string => typeof id === "string")
  if (!source && ids.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "translation",
      fields: ["reference_id", "translations"],
      filters: { reference: "product", reference_id: ids, locale_code: locale },
    })
    for (const t of data as { reference_id: string; translations: Record<string, unknown> | null }[]) copies.set(t.reference_id, t.translations ?? {})
  }
  for (const p of products) {
    const copy = copies.get(p.id ?? "") ?? {}
    p.translated = Object.fromEntries(TRANSLATABLE_PRODUCT_FIELDS.map((field) => {
      const original = p[field]
      const hasText = typeof original === "string" && original.trim() !== ""
      return [field, source || !hasText || (typeof copy[field] === "string" && (copy[field] as string).trim() !== "")]
    })) as TranslatedFlags
  }
}
