import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runUnpaidOrderCancellation, type UnpaidOrdersRun } from "../workflows/order/cancel-unpaid-orders"
import { envVar } from "../env"
import { now } from "../lib/clock"

/** Daily: cancels bank-transfer orders unpaid after CANTING_UNPAID_ORDER_DAYS days (default 3), releasing their stock, and tells the shopper and workshops. */
export default async function cancelUnpaidOrdersJob(container: MedusaContainer): Promise<UnpaidOrdersRun> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { days, warning } = envVar("CANTING_UNPAID_ORDER_DAYS")
  if (warning) logger.warn(warning)
  const run = await runUnpaidOrderCancellation(container, now(), days)
  logger.info(
    `Unpaid orders (older than ${days} days): ${run.canceled.length} cancelled, ${run.notified.length} notified, ${run.failed.length} failed${run.failed.length ? ` (${run.failed.join(", ")})` : ""}.`
  )
  return run
}

// 02:00 UTC = 09:00 in Pekalongan (WIB), an hour after the certificate job.
export const config = { name: "cancel-unpaid-orders", schedule: "0 2 * * *" }
