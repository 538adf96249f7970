import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOutbox } from "../../../providers/email/outbox"
import { outboxDirOr404 } from "./respond"

/** The demo's outbox: the newest emails written while no SMTP server is set (operator only, like all of /admin). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const dir = outboxDirOr404(req, res)
  if (!dir) return
  res.json({ dir, messages: await listOutbox(dir) })
}
