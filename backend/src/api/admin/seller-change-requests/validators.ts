import { z } from "zod"
import { CHANGE_REQUEST_STATUSES } from "@canting/domain"

const NO_HTML = /<[a-z!/][^>]*>/i
const note = z.string().trim().max(500, "too_long").refine((v) => !NO_HTML.test(v), "no_html")

export const AdminListChangeRequestsParams = z.object({
  status: z.enum(CHANGE_REQUEST_STATUSES).optional(),
  seller_id: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** Accepting may carry a note for the seller. */
export const AdminAcceptChangeRequest = z.strictObject({ note: note.nullish() })

/** Rejecting must say why (`reason_required` on `note`). */
export const AdminRejectChangeRequest = z.strictObject({
  note: note.nullish(),
}).superRefine((body, ctx) => {
  if (!body.note) ctx.addIssue({ code: "custom", path: ["note"], message: "reason_required" })
})
export type AdminDecideChangeRequestBody = { note?: string | null }
