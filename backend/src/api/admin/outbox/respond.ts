import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorMessage } from "@canting/i18n"
import { emailOutboxDir } from "../../../config/infrastructure"
import { requestLocale } from "../../utils/errors"

/** 404 in the project's error shape, in the caller's language. */
export function sendOutboxNotFound(req: MedusaRequest, res: MedusaResponse, code: "outbox_off" | "outbox_message_not_found") {
  const message = errorMessage(code, requestLocale(req))
  res.status(404).json({ type: "not_found", code, message, errors: [{ field: "id", code, message }] })
}

/**
 * The outbox folder, or null after answering 404: with SMTP_URL emails leave the machine and there
 * is no outbox to show. Read per request, like every run-time setting (env.ts).
 */
export function outboxDirOr404(req: MedusaRequest, res: MedusaResponse): string | null {
  const dir = emailOutboxDir()
  if (!dir) sendOutboxNotFound(req, res, "outbox_off")
  return dir
}
