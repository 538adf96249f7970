import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isOutboxId, readOutbox } from "../../../../providers/email/outbox"
import { sendInvalid } from "../../../utils/errors"
import { outboxDirOr404, sendOutboxNotFound } from "../respond"

/** One outbox email with its plain-text and HTML parts. Only ids the outbox itself writes are read. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const dir = outboxDirOr404(req, res)
  if (!dir) return
  if (!isOutboxId(req.params.id)) return sendInvalid(req, res, [{ field: "id", code: "outbox_message_invalid" }])
  const message = await readOutbox(dir, req.params.id)
  if (!message) return sendOutboxNotFound(req, res, "outbox_message_not_found")
  res.json({ message })
}
