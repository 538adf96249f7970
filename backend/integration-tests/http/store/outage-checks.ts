import { expect } from "vitest"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import type { Api, ApiResponse } from "../../api-types"
import { OUTAGE_RETRY_AFTER_SECONDS } from "../../../src/lib/outage"

// Shared by the outage specs (database-outage, redis-outage): timed requests, the outage's answer,
// shoppers browsing across a cut, and the orders as the database holds them.

/** How long a shopper may wait for an answer; the client gives up later, so a hang shows as a failure. */
export const ANSWER_WITHIN_MS = 5_000
const CLIENT_TIMEOUT_MS = 65_000

export type Answer = { status: number; ms: number; data: Record<string, unknown>; retryAfter?: string }

/** One request, timed; any status is an answer, a hang is a client timeout. */
export function timedAsk(http: Api) {
  return async (method: "get" | "post", url: string, { headers }: { headers: Record<string, string> }, body: unknown = {}): Promise<Answer> => {
    const started = Date.now()
    const config = { headers, validateStatus: () => true, timeout: CLIENT_TIMEOUT_MS }
    const res = (await (method === "get" ? http.get(url, config) : http.post(url, body, config))) as ApiResponse<Answer["data"]>
    return { status: res.status, ms: Date.now() - started, data: res.data, retryAfter: res.headers["retry-after"] }
  }
}

/** The 503 a shopper gets while a backing service is away, in their language, within the bound. */
export function expectOutageAnswer(answer: Answer, locale: "id" | "en", what: string) {
  expect(answer.status, `${what}: ${JSON.stringify(answer.data)}`).toBe(503)
  expect(answer.ms, what).toBeLessThan(ANSWER_WITHIN_MS)
  expect(answer.data).toEqual({ type: "unavailable", code: "service_unavailable", message: errorMessage("service_unavailable", locale) })
  expect(answer.retryAfter).toBe(String(OUTAGE_RETRY_AFTER_SECONDS))
}

/** A shopper browsing until `stop()`, which answers everything they were told. */
export function keepBrowsing(browse: () => Promise<Answer>) {
  let browsing = true
  const answers: Answer[] = []
  const load = (async () => {
    while (browsing) answers.push(await browse())
  })()
  return {
    async stop() {
      browsing = false
      await load
      return answers
    },
  }
}

/** Every answer the browsing shopper got was a quick 200 or 503. */
export function expectQuickAnswers(answers: Answer[]) {
  expect(answers.length).toBeGreaterThan(0)
  for (const answer of answers) {
    expect([200, 503], JSON.stringify(answer.data)).toContain(answer.status)
    expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS)
  }
}

/** Every order in the database, read past the API. */
export async function allOrders(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "display_id", "email"] })
  return data.map((o) => ({ id: o.id, display_id: Number(o.display_id), email: o.email }))
}
