import type { MedusaContainer, PaymentCollectionStatus } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { UNPAID_ORDER_FIELDS, unpaidCutoff, whyNotCancellable, type UnpaidOrderRow } from "./unpaid-orders"
import { cancelUnpaidOrderWorkflow } from "./workflows/cancel-unpaid-order"
import { CANCELED_UNPAID_KEY } from "./steps/mark-order-canceled-unpaid"
import { notifyOrderCanceledUnpaid } from "./steps/notify-order-canceled-unpaid"

/** What one run did, by order id. `notified`: orders whose shopper or workshops were told in this run. */
export type UnpaidOrdersRun = { days: number; cutoff: string; canceled: string[]; notified: string[]; failed: string[] }

const PAGE = 200
// Orders the job failed to cancel, or cancelled without being able to tell their people, are
// taken up again on the runs of the following week.
const RETRY_WINDOW_MS = 7 * 86_400_000

const message = (e: unknown) => (e as Error)?.message ?? String(e)

/**
 * Orders that may still be waiting for a bank transfer: those with a payment authorized at
 * checkout (how Medusa's manual provider leaves it) and not captured or cancelled since, plus
 * those whose payment was cancelled lately (an earlier cancellation that failed half-way leaves
 * the payment cancelled and the order open). Read from the payment side, so orders paid long ago
 * are never scanned again; `whyNotCancellable` decides on each order.
 */
async function candidateOrderIds(container: MedusaContainer, now: Date, cutoff: Date): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = new Set<string>()
  const scans: { status: PaymentCollectionStatus[]; created_at: { $lte: Date }; updated_at?: { $gte: Date } }[] = [
    { status: ["authorized", "partially_authorized"], created_at: { $lte: cutoff } },
    { status: ["canceled"], created_at: { $lte: cutoff }, updated_at: { $gte: new Date(now.getTime() - RETRY_WINDOW_MS) } },
  ]
  for (const filters of scans) {
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await query.graph({
        entity: "payment_collection", fields: ["id", "order.id"], filters, pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
      })
      for (const pc of data as ({ order?: { id: string } | null } | null)[]) if (pc?.order?.id) ids.add(pc.order.id)
      if (data.length < PAGE) break
    }
  }
  return [...ids]
}

/** Orders the job cancelled lately (marked `metadata.canceled_unpaid`): their notices go out again, as no-ops once sent. */
async function recentlyCanceledUnpaid(container: MedusaContainer, now: Date): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order", fields: ["id", "metadata"],
    filters: { status: "canceled", canceled_at: { $gte: new Date(now.getTime() - RETRY_WINDOW_MS) } },
  })
  return (data as { id: string; metadata?: Record<string, unknown> | null }[]).filter((o) => o?.metadata?.[CANCELED_UNPAID_KEY]).map((o) => o.id)
}

/**
 * One run of the daily unpaid-order job at `now`: every bank-transfer order placed at least `days`
 * days ago and still not paid is cancelled with Medusa's cancellation (its stock is released), then
 * its shopper and workshops are told. Paid, shipped and younger orders are left alone. Each order is
 * handled on its own: one that fails is logged with its id, counted in `failed` and tried again on
 * the next run; the others go on. Running it again changes nothing and sends nothing twice.
 */
export async function runUnpaidOrderCancellation(container: MedusaContainer, now: Date, days: number): Promise<UnpaidOrdersRun> {
  const cutoff = unpaidCutoff(now, days)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const run: UnpaidOrdersRun = { days, cutoff: cutoff.toISOString(), canceled: [], notified: [], failed: [] }
  const fail = (id: string, what: string, e: unknown) => {
    if (!run.failed.includes(id)) run.failed.push(id)
    logger.error(`Unpaid orders: order ${id} ${what}, tried again next run: ${message(e)}`)
  }

  const ids = await candidateOrderIds(container, now, cutoff)
  for (let i = 0; i < ids.length; i += PAGE) {
    const { data } = await query.graph({ entity: "order", fields: UNPAID_ORDER_FIELDS, filters: { id: ids.slice(i, i + PAGE) } })
    for (const order of data as unknown as UnpaidOrderRow[]) {
      if (whyNotCancellable(order, cutoff)) continue
      try {
        await cancelUnpaidOrderWorkflow(container).run({ input: { order_id: order.id, cutoff: cutoff.toISOString(), days, at: now.toISOString() } })
        run.canceled.push(order.id)
      } catch (e) {
        fail(order.id, "could not be cancelled", e)
      }
    }
  }

  const toTell = new Set([...run.canceled, ...(await recentlyCanceledUnpaid(container, now))])
  for (const id of toTell) {
    try {
      if ((await notifyOrderCanceledUnpaid(container, id)).length) run.notified.push(id)
    } catch (e) {
      fail(id, "was cancelled but its shopper or workshops could not be told", e)
    }
  }
  return run
}
