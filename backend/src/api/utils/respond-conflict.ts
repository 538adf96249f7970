import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import { SELLER_CONFLICT_CODES, type SellerConflictCode } from "../../workflows/seller/errors"
import { requestLocale } from "./errors"
import { respondWithGuards } from "./seller-context"

/** Where a seller sends a change to its locked identity (docs/api/sellers.md). */
export const CHANGE_REQUEST_URL = "/sellers/me/change-requests"

const isSellerConflict = (err: any): err is { code: SellerConflictCode; fields?: string[] } =>
  err?.type === MedusaError.Types.NOT_ALLOWED && (SELLER_CONFLICT_CODES as readonly string[]).includes(err?.code)

/** Answers 409 `{ type, code, message, errors: [{ field, code, message }] }` in the caller's language. */
export function sendConflict(req: AuthenticatedMedusaRequest, res: MedusaResponse, code: SellerConflictCode, fields: string[] = []) {
  const text = errorMessage(code, requestLocale(req))
  const errors = fields.map((field) => ({ field, code, message: text }))
  const message = fields.length ? `${fields.join(", ")}: ${text}` : text
  res.status(409).json({ type: "not_allowed", code, message, errors, ...(code === "identity_locked" ? { change_request_url: CHANGE_REQUEST_URL } : {}) })
}

/** respondWithGuards plus the seller rules' conflicts (identity lock, verified documents, change requests) by their typed code. */
export async function respondWithSellerRules(req: AuthenticatedMedusaRequest, res: MedusaResponse, run: () => Promise<void>) {
  await respondWithGuards(req, res, async () => {
    try {
      await run()
    } catch (err: any) {
      if (isSellerConflict(err)) return sendConflict(req, res, err.code, err.fields ?? [])
      throw err
    }
  })
}
