import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { MEDUSA_LOCALE } from "@canting/domain"
import { productIndexSettings, productSearchFields } from "./_product-fields"
import {
  PRODUCT_GRAPH_FIELDS, PRODUCT_INDEX, toProductDocument, type CertificateRow, type EnglishCopy, type ProductRow,
} from "./_product-document"
import { now } from "../lib/clock"
import { LISTING_EVENTS } from "../lib/catalog-events"

export { PRODUCT_INDEX, productIndexSettings, productSearchFields }

/** English copy (Translation module) and certificates of a page of products, in two queries. */
async function enrich(rows: ProductRow[], context: SearchTypes.SearchIngestionContext) {
  const query = context.container.query
  const ids = rows.map((r) => r.id)
  const en = new Map<string, EnglishCopy>()
  let certificates: CertificateRow[] = []
  if (!ids.length) return { en, certificates }
  const { data: translations } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference: "product", reference_id: ids, locale_code: MEDUSA_LOCALE.en },
  })
  for (const t of translations as { reference_id: string; translations: EnglishCopy }[]) en.set(t.reference_id, t.translations ?? {})
  // Verified certificates earn eco tags (deriveEcoTags). The certification module is optional here:
  // without it, no product has an eco tag.
  try {
    const subjects = [...ids, ...rows.map((r) => r.seller?.id).filter((s): s is string => !!s)]
    const { data } = await query.graph({
      entity: "certificate",
      fields: ["scheme", "status", "expires_at", "subject_type", "subject_id"],
      filters: { subject_id: [...new Set(subjects)] },
    })
    certificates = data as CertificateRow[]
  } catch (e) {
    context.container.logger.warn(`[search] certificates unavailable for eco tags: ${(e as Error).message}`)
  }
  return { en, certificates }
}

async function toDocuments(rows: ProductRow[], context: SearchTypes.SearchIngestionContext) {
  const { en, certificates } = await enrich(rows, context)
  const at = now()
  return rows.flatMap((row) => {
    const doc = toProductDocument(row, { en: en.get(row.id), certificates, now: at })
    return doc ? [doc] : []
  })
}

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value] : []).map(String)

type Graph = SearchTypes.SearchIngestionContext["container"]["query"]
type GraphConfig = { entity: string; fields: string[]; filters: Record<string, unknown>; withDeleted?: boolean }

/** Query's rows of one entity, typed by the caller (`withDeleted`: a deleted variant still names its product). */
async function rows<T>(query: Graph, config: GraphConfig): Promise<T[]> {
  const { data } = await query.graph(config as Parameters<Graph["graph"]>[0])
  return data as T[]
}

type WithProducts = { products?: ({ id: string } | null)[] | null }
const productsOf = (owners: WithProducts[]) => owners.flatMap((o) => (o.products ?? []).flatMap((p) => (p ? [p.id] : [])))

/**
 * The products an event touches. Product events name them; variant, inventory, translation,
 * seller and certificate events are mapped to their products through Query.
 */
async function productIdsFor(event: { name: string; data?: { id?: unknown } }, context: SearchTypes.SearchIngestionContext): Promise<string[]> {
  const query = context.container.query
  const ids = idsOf(event.data?.id)
  if (!ids.length) return []
  const [kind] = event.name.split(".").slice(-2)
  switch (kind) {
    case "product":
      return ids
    case "product-variant": {
      const variants = await rows<{ product_id?: string | null }>(query, { entity: "variant", fields: ["product_id"], filters: { id: ids }, withDeleted: true })
      return variants.flatMap((v) => (v.product_id ? [v.product_id] : []))
    }
    case "inventory-level":
    case "reservation-item": {
      const entity = kind === "inventory-level" ? "inventory_level" : "reservation_item"
      const levels = await rows<{ inventory_item_id?: string | null }>(query, { entity, fields: ["inventory_item_id"], filters: { id: ids }, withDeleted: true })
      const items = levels.flatMap((l) => (l.inventory_item_id ? [l.inventory_item_id] : []))
      if (!items.length) return []
      const inventory = await rows<{ variants?: ({ product_id?: string | null } | null)[] | null }>(query, { entity: "inventory_item", fields: ["variants.product_id"], filters: { id: items } })
      return inventory.flatMap((i) => (i.variants ?? []).flatMap((v) => (v?.product_id ? [v.product_id] : [])))
    }
    case "translation": {
      const translations = await rows<{ reference: string; reference_id: string }>(query, { entity: "translation", fields: ["reference", "reference_id"], filters: { id: ids }, withDeleted: true })
      return translations.filter((t) => t.reference === "product").map((t) => t.reference_id)
    }
    case "seller":
      return productsOf(await rows<WithProducts>(query, { entity: "seller", fields: ["products.id"], filters: { id: ids } }))
    case "certification": // certification.expired (the daily job), certification.revoked: id is the certificate's
    case "certificate": {
      try {
        const certificates = await rows<{ subject_type: string; subject_id: string }>(query, { entity: "certificate", fields: ["subject_type", "subject_id"], filters: { id: ids }, withDeleted: true })
        const productIds = certificates.filter((c) => c.subject_type === "product").map((c) => c.subject_id)
        const sellerIds = certificates.filter((c) => c.subject_type === "seller").map((c) => c.subject_id)
        if (!sellerIds.length) return productIds
        return [...productIds, ...productsOf(await rows<WithProducts>(query, { entity: "seller", fields: ["products.id"], filters: { id: sellerIds } }))]
      } catch {
        return []
      }
    }
    default:
      return []
  }
}

export default defineSearchIndex({
  name: PRODUCT_INDEX,
  entity: "product",
  fields: productSearchFields,
  settings: productIndexSettings,
  events: [...LISTING_EVENTS],
  consume: graphConsume<typeof productSearchFields, ProductRow>({
    fields: PRODUCT_GRAPH_FIELDS,
    resolve_ids: productIdsFor,
    // Only a product's own deletion removes by id; the other deletions re-read their products.
    is_delete: (event) => event.name === "product.deleted",
    transform: toDocuments,
  }),
  seed: graphSeed<typeof productSearchFields, ProductRow>({ fields: PRODUCT_GRAPH_FIELDS, transform: toDocuments }),
})
