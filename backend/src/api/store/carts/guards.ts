import type { AuthContext, MedusaNextFunction, MedusaRequest, MedusaResponse, PublishableKeyContext } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import { requestLocale, sendInvalid, type FieldError } from "../../utils/errors"
import { checkStock, type CartLine, type Shortage } from "../../../workflows/cart/stock"

/** Store routes may run with a customer token and a publishable key, or with neither. */
type StoreRequest = MedusaRequest & { auth_context?: AuthContext; publishable_key_context?: PublishableKeyContext }

type GuardCart = {
  id: string
  completed_at: string | null
  customer_id: string | null
  customer?: { has_account?: boolean } | null
  region_id: string | null
  region?: { countries?: { iso_2: string }[] } | null
  sales_channel_id: string | null
  items?: { id: string; variant_id: string | null; quantity: number }[]
}

async function loadCart(req: MedusaRequest, id: string): Promise<GuardCart | undefined> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "customer_id", "customer.has_account", "region_id", "region.countries.iso_2", "sales_channel_id", "items.id", "items.variant_id", "items.quantity"],
    filters: { id },
  })
  return data[0] as unknown as GuardCart | undefined
}

async function regionCountries(req: MedusaRequest, regionId: string): Promise<string[] | undefined> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "countries.iso_2"], filters: { id: regionId } })
  return (data[0] as { countries?: { iso_2: string }[] } | undefined)?.countries?.map((c) => c.iso_2.toLowerCase())
}

const notFound = (req: MedusaRequest, res: MedusaResponse) =>
  res.status(404).json({ type: "not_found", message: errorMessage("not_found", requestLocale(req)) })

/** A registered shopper's cart answers only to that shopper's token; guest carts to whoever holds the id (Medusa's model). */
function ownedByAnother(req: MedusaRequest, cart: GuardCart): boolean {
  if (!cart.customer_id || !cart.customer?.has_account) return false
  const actor = (req as StoreRequest).auth_context
  return !(actor?.actor_type === "customer" && actor.actor_id === cart.customer_id)
}

/** Prices come from the catalogue; a client that sends one is told so instead of being silently ignored. */
const PRICE_FIELDS = ["unit_price", "compare_at_unit_price", "is_custom_price"]
function priceErrors(item: unknown, prefix = ""): FieldError[] {
  if (!item || typeof item !== "object") return []
  return PRICE_FIELDS.filter((f) => f in item).map((f) => ({ field: `${prefix}${f}`, code: "price_readonly" }))
}

function quantityError(quantity: unknown, field = "quantity"): FieldError | undefined {
  if (quantity === undefined || quantity === null) return { field, code: "required" }
  if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < 1) return { field, code: "quantity_min" }
  return undefined
}

/** Postcode (5 digits for Indonesia) and, when the region is known, that the shipping country is served there. */
function addressErrors(body: Record<string, unknown>, countries: string[] | undefined): FieldError[] {
  const errors: FieldError[] = []
  for (const key of ["shipping_address", "billing_address"] as const) {
    const value = body[key]
    if (!value || typeof value !== "object") continue
    const address = value as Record<string, unknown>
    const country = typeof address.country_code === "string" ? address.country_code.toLowerCase() : undefined
    const postcode = address.postal_code
    if (country === "id" && postcode !== undefined && postcode !== null && postcode !== "" && !/^\d{5}$/.test(String(postcode).trim())) {
      errors.push({ field: `${key}.postal_code`, code: "postcode_id_format" })
    }
    if (key === "shipping_address" && country && countries && !countries.includes(country)) {
      errors.push({ field: `${key}.country_code`, code: "country_not_in_region" })
    }
  }
  return errors
}

function sendStockInvalid(req: MedusaRequest, res: MedusaResponse, shortages: Shortage[], field = "quantity") {
  return sendInvalid(req, res, [{ field, code: "insufficient_stock" }], { shortages })
}

/** Which store cart route a request is, from its path: /store/carts[/:id[/rest]]. */
function route(req: MedusaRequest) {
  const path = req.originalUrl.split("?")[0].replace(/\/+$/, "")
  const [, , , id, ...rest] = path.split("/")
  return { id: id ? decodeURIComponent(id) : undefined, rest: rest.join("/") }
}

/**
 * Every store cart route passes here before Medusa's own validators (a global middleware sorts
 * first): ownership, then bad input answered with our translated field errors, then completion.
 */
export async function storeCartGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "OPTIONS") return next()
  const { id, rest } = route(req)
  const body = (req.body ?? {}) as Record<string, unknown>

  if (!id) {
    if (req.method !== "POST") return next()
    const errors: FieldError[] = []
    const items: CartLine[] = []
    if (Array.isArray(body.items)) {
      body.items.forEach((value: unknown, i: number) => {
        const item = value as { quantity?: unknown; variant_id?: unknown } | null | undefined
        const e = quantityError(item?.quantity, `items.${i}.quantity`)
        errors.push(...priceErrors(item, `items.${i}.`))
        if (e) errors.push(e)
        else if (typeof item?.variant_id === "string") items.push({ variant_id: item.variant_id, quantity: item.quantity as number })
      })
    }
    errors.push(...addressErrors(body, typeof body.region_id === "string" ? await regionCountries(req, body.region_id) : undefined))
    if (errors.length) return sendInvalid(req, res, errors)
    if (items.length) {
      const salesChannelId = (req as StoreRequest).publishable_key_context?.sales_channel_ids?.[0] ?? (body.sales_channel_id as string | undefined)
      const { shortages } = await checkStock(req.scope, salesChannelId, items)
      if (shortages.length) return sendStockInvalid(req, res, shortages, "items")
    }
    return next()
  }

  const cart = await loadCart(req, id)
  if (!cart) return next() // Medusa answers 404
  if (ownedByAnother(req, cart)) return notFound(req, res)
  if (req.method !== "POST" || cart.completed_at) return next()

  if (rest === "") {
    const countries = typeof body.region_id === "string"
      ? await regionCountries(req, body.region_id)
      : cart.region?.countries?.map((c) => c.iso_2.toLowerCase())
    const errors = addressErrors(body, countries)
    return errors.length ? sendInvalid(req, res, errors) : next()
  }

  const lineItem = rest.match(/^line-items(?:\/([^/]+))?$/)
  if (lineItem) {
    const errors = [...priceErrors(body), ...[quantityError(body.quantity)].filter((e): e is FieldError => !!e)]
    if (errors.length) return sendInvalid(req, res, errors)
    const items = cart.items ?? []
    let lines: CartLine[]
    if (lineItem[1]) {
      const target = items.find((i) => i.id === decodeURIComponent(lineItem[1]))
      if (!target?.variant_id) return next() // Medusa answers for unknown lines
      lines = items.filter((i) => i.variant_id).map((i) => ({ variant_id: i.variant_id!, quantity: i.id === target.id ? (body.quantity as number) : Number(i.quantity) }))
    } else {
      if (typeof body.variant_id !== "string") return next()
      lines = [...items.filter((i) => i.variant_id).map((i) => ({ variant_id: i.variant_id!, quantity: Number(i.quantity) })), { variant_id: body.variant_id, quantity: body.quantity as number }]
    }
    const { shortages } = await checkStock(req.scope, cart.sales_channel_id, lines)
    return shortages.length ? sendStockInvalid(req, res, shortages) : next()
  }

  // Completion rules (workshops selling, shipping per workshop, stock under a lock) run inside
  // Medusa's complete-cart workflow: workflows/order/hooks/complete-cart.ts.
  return next()
}

/**
 * POST /store/carts/:id/complete (any spelling the router accepts): an empty cart is told so in
 * the shopper's language. Medusa refuses it too; every other completion rule runs in the workflow.
 */
export async function refuseEmptyCompletion(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cart = await loadCart(req, req.params.id)
  if (cart && !cart.completed_at && !cart.items?.length) return sendInvalid(req, res, [{ field: "items", code: "cart_empty" }])
  next()
}

/** POST /store/payment-collections { cart_id }: the same ownership rule as the cart routes. */
export async function paymentCollectionCartGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = (req.body as { cart_id?: unknown } | undefined)?.cart_id
  if (req.method !== "POST" || typeof cartId !== "string") return next()
  const cart = await loadCart(req, cartId)
  if (cart && ownedByAnother(req, cart)) return notFound(req, res)
  next()
}
