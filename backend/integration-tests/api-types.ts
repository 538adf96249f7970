/**
 * Types for what the HTTP specs read back from the API. Medusa's test runner hands `api` over as
 * `any` (an axios instance); these name the bodies and rows the specs actually look at.
 */
import type { ReadinessAssessment, ReadinessItem } from "@canting/domain"
import type { SellerDetail, SellerDocument, SellerDocumentDecision, SellerStatusEvent } from "../src/admin/lib/sellers"
import type { CatalogResponse } from "../src/search/_catalog"
import type { ReportRow } from "../src/admin/routes/trainings/api"

export type { CatalogResponse, ReportRow, ReadinessAssessment, ReadinessItem, SellerDetail, SellerDocument, SellerDocumentDecision, SellerStatusEvent }

/** An axios-like response: what every `api.get/post/delete` resolves to (and a failed one carries). */
export type ApiResponse<T = unknown> = { status: number; data: T; headers: Record<string, string> }

/** The runner's `api`, typed for the calls the helpers make. */
export type Api = {
  get<T = unknown>(url: string, config?: unknown): Promise<ApiResponse<T>>
  post<T = unknown>(url: string, body?: unknown, config?: unknown): Promise<ApiResponse<T>>
  delete<T = unknown>(url: string, config?: unknown): Promise<ApiResponse<T>>
}

/** An axios error: the response it carries when the server answered. */
export type HttpError<T = unknown> = { response?: ApiResponse<T> }

/** One entry of a 400's `errors` list. */
export type FieldError = { field: string; code: string; message: string }

/** A seller as `POST /sellers` returns it (the fields the specs read). */
export type SellerBody = { id: string; handle: string; name: string; status: string }

/** A signed-up workshop: its token and seller, as `signUpSeller` returns them. */
export type SignedUpSeller = { token: string; seller: SellerBody }

/** Anything with an id (list rows the specs compare by id). */
export type WithId = { id: string }

/** A readiness history point. */
export type ReadinessPoint = { score: number; band: string }

/** A store/admin seller row with its readiness band and badges. */
export type SellerRow = { id: string; handle: string; name: string; readiness_band?: string; badges: { program_kind: string }[] }

/** A certificate row as the seller, operator or trust page shows it. */
export type CertificateBody = {
  id: string; scheme: string; status: string; display_state: string
  history: CertificateEvent[]
}

/** One step of a certificate's status history. */
export type CertificateEvent = { from_status: string | null; to_status: string }

/** An order line item (the fields the specs read). */
export type LineItemBody = { id: string; title: string; quantity: number; metadata?: Record<string, unknown> | null }

/** A workshop's part of an order (`/store/orders/:id` `sellers`, `/sellers/me/orders`). */
export type OrderPart = {
  seller: { id: string; handle: string; name: string }
  status: string
  items: LineItemBody[]
  shipping: { amount: number } | null
}

/** An order row (`/sellers/me/orders`, completed carts). */
export type OrderBody = { id: string; items: LineItemBody[] }

/** A price of a product variant. */
export type VariantPrice = { currency_code: string; amount: number | string }

/** A product variant as the seller and admin APIs return it (prices, stock, sku). */
export type VariantBody = {
  id: string; sku: string | null; title: string; prices: VariantPrice[]
  inventory_items: { inventory_item_id?: string; inventory: { location_levels: { location_id: string; stocked_quantity: number }[] } }[]
}

/** A product as the specs read it back. */
export type ProductBody = { id: string; title: string; variants: VariantBody[] }

/** A shipping option as `/store/carts/:id/seller-shipping` offers it. */
export type ShippingChoice = { id: string; code: string; name: string; amount: number }

/** One workshop's group in `/store/carts/:id/seller-shipping`. */
export type SellerShippingGroup = {
  seller: { id: string; handle: string; name: string } | null
  shipping_profile_id: string
  options: ShippingChoice[]
  chosen: ShippingChoice | null
}

/** `GET /sellers/me/readiness`: the current assessment and its history of points. */
export type ReadinessBody = { readiness: ReadinessAssessment; history: (ReadinessPoint & { computed_at: string })[] }

/** A training award as the operator lists it. */
export type TrainingAward = { id: string; program: { id: string; kind: string } }

/** A notification as the specs read it: the template's data is loose JSON per template. */
export type NotificationRow<Data = Record<string, unknown>> = { to: string; template: string; channel: string; data: Data }

/** A `/store/catalog` facet that lists values (every one but `price`). */
export type FacetName = Exclude<keyof CatalogResponse["facets"], "price">

/** A variant as `/store/products` shows it to shoppers (with calculated price and stock). */
export type StoreVariant = { id: string; inventory_quantity: number; calculated_price: { calculated_amount: number } }

/** A `/store/carts/:id/seller-shipping` group of a workshop's items (every group the specs read has one). */
export type OwnedShippingGroup = SellerShippingGroup & { seller: NonNullable<SellerShippingGroup["seller"]> }

/** An axios error as an interceptor sees it. */
export type AxiosLikeError = { message: string; response?: { data: unknown }; config?: { method?: string; url?: string } }

/** The part of the runner's axios instance a spec uses to make failures name their request. */
export type WithInterceptors = { interceptors: { response: { use(onFulfilled: undefined, onRejected: (e: AxiosLikeError) => never): number } } }
