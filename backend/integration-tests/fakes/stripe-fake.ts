import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { randomBytes } from "node:crypto"

/**
 * A loopback stand-in for the parts of Stripe's API that Medusa's Stripe provider calls:
 * payment intents (create, retrieve, update, confirm, capture, cancel), refunds and customers.
 * It keeps state in memory, answers in Stripe's JSON shapes (errors included, so the SDK raises
 * the same error classes) and records every request so tests can assert amounts and currencies.
 * It is not Stripe: no card rules, no events of its own; tests drive intent states explicitly.
 */

export type RecordedRequest = { method: string; path: string; body: Record<string, any>; idempotencyKey?: string }
export type FakeIntent = {
  id: string; object: "payment_intent"; amount: number; amount_capturable: number; amount_received: number
  currency: string; status: string; capture_method: "automatic" | "manual"; client_secret: string
  metadata: Record<string, string>; customer: string | null; payment_method: string | null
  last_payment_error: null | Record<string, unknown>; latest_charge: string | null; created: number
  [key: string]: unknown
}

export type StripeFake = {
  url: string
  requests: RecordedRequest[]
  intents: Map<string, FakeIntent>
  refunds: Record<string, any>[]
  /** Simulates the shopper paying with a card in the browser (Stripe.js confirm): manual capture → requires_capture, automatic → succeeded. */
  pay(intentId: string): FakeIntent
  /** Requests of one kind, e.g. requestsTo("POST", /^\/v1\/payment_intents$/). */
  requestsTo(method: string, path: RegExp): RecordedRequest[]
  reset(): void
  close(): Promise<void>
}

/** Parses Stripe's form encoding (`metadata[session_id]=x&expand[0]=payment_method`) into nested objects. */
export function parseStripeForm(raw: string): Record<string, any> {
  const out: Record<string, any> = {}
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, "").split("[")
    let node = out
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value
      else node = node[part] ??= {}
    })
  }
  return out
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`
const now = () => Math.floor(Date.now() / 1000)

function stripeError(res: ServerResponse, status: number, error: Record<string, unknown>) {
  res.writeHead(status, { "content-type": "application/json", "request-id": id("req") })
  res.end(JSON.stringify({ error: { type: "invalid_request_error", ...error } }))
}

export async function startStripeFake(port = 0): Promise<StripeFake> {
  const requests: RecordedRequest[] = []
  const intents = new Map<string, FakeIntent>()
  const customers = new Map<string, Record<string, any>>()
  const refunds: Record<string, any>[] = []

  const confirm = (intent: FakeIntent, paymentMethod?: string) => {
    intent.payment_method = paymentMethod ?? intent.payment_method ?? "pm_card_visa"
    intent.latest_charge = id("ch")
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    return intent
  }

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const url = new URL(req.url ?? "/", "http://fake")
    const method = req.method ?? "GET"
    const body = method === "GET" || method === "DELETE" ? parseStripeForm(url.search.slice(1)) : parseStripeForm(raw)
    const idempotencyKey = req.headers["idempotency-key"] as string | undefined
    requests.push({ method, path: url.pathname, body, idempotencyKey })
    const ok = (payload: unknown) => {
      res.writeHead(200, { "content-type": "application/json", "request-id": id("req") })
      res.end(JSON.stringify(payload))
    }
    if (!String(req.headers.authorization ?? "").startsWith("Bearer sk_")) {
      return stripeError(res, 401, { message: "Invalid API Key provided" })
    }
    const parts = url.pathname.split("/").filter(Boolean) // ["v1", resource, id?, action?]
    const [, resource, resourceId, action] = parts

    if (resource === "payment_intents") {
      if (!resourceId && method === "POST") {
        const amount = Number(body.amount)
        if (!Number.isInteger(amount) || amount < 1) return stripeError(res, 400, { code: "parameter_invalid_integer", param: "amount", message: "Invalid integer" })
        if (!body.currency) return stripeError(res, 400, { code: "parameter_missing", param: "currency", message: "Missing required param: currency." })
        const pi: FakeIntent = {
          id: id("pi"), object: "payment_intent", amount, amount_capturable: 0, amount_received: 0,
          currency: String(body.currency).toLowerCase(), status: "requires_payment_method",
          capture_method: body.capture_method === "manual" ? "manual" : "automatic",
          client_secret: "", metadata: body.metadata ?? {}, customer: body.customer ?? null,
          payment_method: body.payment_method ?? null, last_payment_error: null, latest_charge: null,
          created: now(), description: body.description ?? null, livemode: false,
        }
        pi.client_secret = `${pi.id}_secret_${randomBytes(8).toString("hex")}`
        intents.set(pi.id, pi)
        if (body.confirm === "true" && body.payment_method) confirm(pi, body.payment_method)
        return ok(pi)
      }
      const pi = resourceId ? intents.get(resourceId) : undefined
      if (!pi) return stripeError(res, 404, { code: "resource_missing", param: "intent", message: `No such payment_intent: '${resourceId}'` })
      if (method === "GET" && !action) return ok(pi)
      if (method === "POST" && !action) {
        if (["succeeded", "canceled"].includes(pi.status)) {
          return stripeError(res, 400, { code: "payment_intent_unexpected_state", message: `This PaymentIntent's amount could not be updated because it has a status of ${pi.status}.`, payment_intent: pi })
        }
        if (body.amount !== undefined) pi.amount = Number(body.amount)
        if (body.metadata) pi.metadata = { ...pi.metadata, ...body.metadata }
        return ok(pi)
      }
      if (method === "POST" && action === "confirm") {
        if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(pi.status)) {
          return stripeError(res, 400, { code: "payment_intent_unexpected_state", message: `You cannot confirm this PaymentIntent because it has a status of ${pi.status}.`, payment_intent: pi })
        }
        return ok(confirm(pi, body.payment_method))
      }
      if (method === "POST" && action === "capture") {
        if (pi.status !== "requires_capture") {
          return stripeError(res, 400, { code: "payment_intent_unexpected_state", message: `This PaymentIntent could not be captured because it has a status of ${pi.status}.`, payment_intent: pi })
        }
        const toCapture = body.amount_to_capture !== undefined ? Number(body.amount_to_capture) : pi.amount_capturable
        pi.status = "succeeded"
        pi.amount_received = toCapture
        pi.amount_capturable = 0
        return ok(pi)
      }
      if (method === "POST" && action === "cancel") {
        if (["succeeded", "canceled"].includes(pi.status)) {
          return stripeError(res, 400, { code: "payment_intent_unexpected_state", message: `You cannot cancel this PaymentIntent because it has a status of ${pi.status}.`, payment_intent: pi })
        }
        pi.status = "canceled"
        pi.amount_capturable = 0
        return ok(pi)
      }
    }

    if (resource === "refunds" && method === "POST" && !resourceId) {
      const pi = intents.get(String(body.payment_intent))
      if (!pi) return stripeError(res, 404, { code: "resource_missing", param: "payment_intent", message: "No such payment_intent" })
      const already = refunds.filter((r) => r.payment_intent === pi.id).reduce((sum, r) => sum + r.amount, 0)
      const amount = body.amount !== undefined ? Number(body.amount) : pi.amount_received - already
      if (pi.status !== "succeeded" || amount < 1 || already + amount > pi.amount_received) {
        return stripeError(res, 400, { code: already >= pi.amount_received ? "charge_already_refunded" : "amount_too_large", message: "Refund amount is greater than the unrefunded amount." })
      }
      const refund = { id: id("re"), object: "refund", amount, currency: pi.currency, payment_intent: pi.id, status: "succeeded", created: now() }
      refunds.push(refund)
      return ok(refund)
    }

    if (resource === "customers") {
      if (!resourceId && method === "POST") {
        const customer = { id: id("cus"), object: "customer", email: body.email ?? null, name: body.name ?? null, phone: body.phone ?? null, created: now() }
        customers.set(customer.id, customer)
        return ok(customer)
      }
      const customer = resourceId ? customers.get(resourceId) : undefined
      if (!customer) return stripeError(res, 404, { code: "resource_missing", param: "id", message: `No such customer: '${resourceId}'` })
      if (method === "GET" && action === "payment_methods") return ok({ object: "list", data: [], has_more: false, url: url.pathname })
      if (method === "GET" && !action) return ok(customer)
      if (method === "POST" && !action) return ok(Object.assign(customer, body))
      if (method === "DELETE" && !action) {
        customers.delete(customer.id)
        return ok({ id: customer.id, object: "customer", deleted: true })
      }
    }

    return stripeError(res, 404, { code: "resource_missing", message: `Unrecognized request URL (${method}: ${url.pathname}) in the Stripe fake.` })
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString("utf8"))
      } catch (e) {
        stripeError(res, 500, { type: "api_error", message: (e as Error).message })
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()))
  const address = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    intents,
    refunds,
    pay(intentId) {
      const pi = intents.get(intentId)
      if (!pi) throw new Error(`Stripe fake: no payment intent ${intentId}`)
      return confirm(pi)
    },
    requestsTo(method, path) {
      return requests.filter((r) => r.method === method && path.test(r.path))
    },
    reset() {
      requests.length = 0
      intents.clear()
      customers.clear()
      refunds.length = 0
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections?.()
      server.close(() => resolve())
    }),
  }
}
