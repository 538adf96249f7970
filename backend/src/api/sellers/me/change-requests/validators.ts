import { z } from "zod"
import { IDENTITY_FIELDS } from "@canting/domain"
import { UpdateSeller } from "../../validators"

const NO_HTML = /<[a-z!/][^>]*>/i

/**
 * POST /sellers/me/change-requests: new values for locked identity fields, each checked by the same
 * rules as a normal profile edit (UpdateSeller), why, and the ids of evidence documents already uploaded.
 */
export const CreateSellerChangeRequest = z.strictObject({
  changes: UpdateSeller.superRefine((changes, ctx) => {
    const keys = Object.keys(changes)
    if (!keys.length) ctx.addIssue({ code: "custom", path: [], message: "required" })
    for (const key of keys) {
      if (!(IDENTITY_FIELDS as readonly string[]).includes(key)) ctx.addIssue({ code: "custom", path: [key], message: "not_identity_field" })
    }
  }),
  reason: z.string().trim().min(1, "required").max(1000, "too_long").refine((v) => !NO_HTML.test(v), "no_html"),
  document_ids: z.array(z.string().trim().min(1, "invalid").max(100, "too_long")).max(10, "too_long").optional(),
})
export type CreateSellerChangeRequestBody = z.infer<typeof CreateSellerChangeRequest>
