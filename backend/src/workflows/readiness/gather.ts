import type { ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { certificateDisplayState, MEDUSA_LOCALE, type ReadinessInput } from "@canting/domain"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { TRAINING_MODULE } from "../../modules/training"
import type TrainingModuleService from "../../modules/training/service"
import { ORDER_ITEM_FIELDS, partStatus, sellerFulfillments, sellerItems, type OrderRow } from "../order/seller-part"
import { now } from "../../lib/clock"

type ProductRow = { id: string; status: string; metadata?: Record<string, unknown> | null }
type CertificateRow = { scheme: string; status: string; expires_at?: Date | string | null }
/** The seller read with its products and certificates (links may hand back null entries). */
type SellerGraph = { products?: (ProductRow | null)[] | null; certificates?: (CertificateRow | null)[] | null }

/** Lead time assumed for on-time delivery when the seller declared none (days). */
export const DEFAULT_LEAD_TIME_DAYS = 14
const DAY = 24 * 3600 * 1000

type Capacity = { technique: string; units_per_month: number; lead_time_days: number }
type Fibre = { fibre?: string; percent?: number }

/** True when the listing states its fibre composition, its size and its dye family (an export spec sheet). */
export function hasSpec(metadata: Record<string, unknown> | null | undefined): boolean {
  const m = metadata ?? {}
  const fibres = Array.isArray(m.fibre_composition) ? (m.fibre_composition as Fibre[]) : []
  return fibres.length > 0 && Number(m.length_cm) > 0 && Number(m.width_cm) > 0 && typeof m.dye_family === "string" && m.dye_family.length > 0
}

/**
 * The seller's order record (rubric C4): a seller's part of an order counts as completed once it is
 * shipped (or delivered), and on time when its last shipment left within the seller's longest declared
 * lead time (else 14 days) of the order. There is no complaint system yet, so complaints are 0.
 * Null when the seller has no orders.
 */
export function orderRecord(orders: OrderRow[], sellerId: string, capacity: Capacity[] | null | undefined) {
  const leadTimes = (capacity ?? []).map((c) => Number(c.lead_time_days)).filter((n) => n > 0)
  const leadDays = leadTimes.length ? Math.max(...leadTimes) : DEFAULT_LEAD_TIME_DAYS
  let completed = 0
  let onTime = 0
  for (const order of orders) {
    const part = sellerItems(order, sellerId)
    if (!part.length || partStatus(part) === "not_fulfilled") continue
    completed++
    const shipped = sellerFulfillments(order, sellerId).map((f) => (f.shipped_at ? +new Date(f.shipped_at) : NaN)).filter((t) => !Number.isNaN(t))
    if (shipped.length && order.created_at && Math.max(...shipped) - +new Date(order.created_at) <= leadDays * DAY) onTime++
  }
  return orders.length ? { completed, on_time: onTime, complaints: 0 } : null
}

/**
 * Everything `assessReadiness` needs about one seller, read from the seller module (profile, answers,
 * documents, status history), the certification module, the seller's published products (technique,
 * English title in the Translation module, spec, HS code), training awards and the order↔seller link.
 */
export async function gatherReadinessInput(container: MedusaContainer, sellerId: string): Promise<ReadinessInput> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const seller = await sellers.retrieveSeller(sellerId)
  const [documents, events, awards] = await Promise.all([
    sellers.listSellerDocuments({ seller_id: sellerId }, { select: ["kind", "review_state"] }),
    sellers.listSellerStatusEvents({ seller_id: sellerId, to_status: "approved" }, { select: ["created_at"], order: { created_at: "ASC" } }),
    container.resolve<TrainingModuleService>(TRAINING_MODULE).listTrainingAwards({ seller_id: sellerId }, { relations: ["program"] }),
  ])
  // The shop's first approval; a shop approved without a recorded event (seeded or imported) counts from its creation.
  const approved_at = seller.status === "approved" || seller.status === "suspended"
    ? (events[0]?.created_at ?? (seller.status === "approved" ? seller.created_at : null))
    : null

  const { data: [graph] } = await query.graph({
    entity: "seller",
    fields: ["id", "products.id", "products.status", "products.metadata", "certificates.scheme", "certificates.status", "certificates.expires_at"],
    filters: { id: sellerId },
  })
  const g = (graph ?? {}) as SellerGraph
  const published = (g.products ?? []).filter((p): p is ProductRow => !!p && p.status === "published")
  const at = now()
  const certificates = (g.certificates ?? []).filter((c): c is CertificateRow => !!c).map((c) => ({
    scheme: c.scheme, display_state: certificateDisplayState({ status: c.status, expires_at: c.expires_at }, at),
  }))

  const english = new Set<string>()
  if (published.length) {
    const rows = await container.resolve<ITranslationModuleService>(Modules.TRANSLATION).listTranslations({
      reference: "product", reference_id: published.map((p) => p.id), locale_code: MEDUSA_LOCALE.en,
    })
    for (const r of rows) if (typeof r.translations?.title === "string" && r.translations.title.trim()) english.add(r.reference_id)
  }
  const products = published.map((p) => ({
    technique: typeof p.metadata?.technique === "string" ? p.metadata.technique : null,
    has_english: english.has(p.id),
    has_spec: hasSpec(p.metadata),
    hs_code: typeof p.metadata?.hs_code === "string" ? p.metadata.hs_code : null,
  }))

  return {
    seller: {
      nib: seller.nib ?? null, npwp: seller.npwp ?? null, kbli: (seller.kbli as string[]) ?? [], techniques: (seller.techniques as string[]) ?? [],
      capacity: ((seller.capacity as Capacity[] | null) ?? []),
      wastewater_method: (seller.wastewater_method ?? null) as ReadinessInput["seller"]["wastewater_method"],
      workforce_total: seller.workforce_total ?? 0, workforce_bpjs: seller.workforce_bpjs ?? 0, apprentices_under_25: seller.apprentices_under_25 ?? 0,
      approved_at,
    },
    documents: documents.map((d) => ({ kind: d.kind, review_state: d.review_state })),
    certificates,
    products,
    trainings: awards.map((a) => ({ program: a.program?.kind ?? "other", level: a.level, verification: a.verification })),
    declarations: (seller.export_profile ?? {}) as ReadinessInput["declarations"],
    orders: await sellerOrders(container, sellerId, seller.capacity as Capacity[] | null),
  }
}

async function sellerOrders(container: MedusaContainer, sellerId: string, capacity: Capacity[] | null) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [graph] } = await query.graph({ entity: "seller", fields: ["id", "orders.id"], filters: { id: sellerId } })
  const ids = ((graph as { orders?: ({ id: string } | null)[] | null } | undefined)?.orders ?? []).flatMap((o) => (o ? [o.id] : []))
  if (!ids.length) return null
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "created_at", "currency_code", ...ORDER_ITEM_FIELDS, "fulfillments.id", "fulfillments.shipped_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id"],
    filters: { id: ids },
  })
  return orderRecord(data as unknown as OrderRow[], sellerId, capacity)
}
