import { z } from "zod"

const NO_HTML = /<[a-z!/][^>]*>/i

/**
 * The operator's decision on one document. A rejection needs a note the seller can act on
 * (`reason_required` on `note`); notes are plain text, at most 500 characters.
 */
export const AdminReviewSellerDocument = z
  .strictObject({
    state: z.enum(["accepted", "rejected"], { error: (issue) => (issue.input === undefined ? "required" : "unknown_code") }),
    note: z.string().trim().max(500, "too_long").refine((v) => !NO_HTML.test(v), "no_html").nullish(),
  })
  .superRefine((body, ctx) => {
    if (body.state === "rejected" && !body.note) ctx.addIssue({ code: "custom", path: ["note"], message: "reason_required" })
  })

export type AdminReviewSellerDocumentBody = z.infer<typeof AdminReviewSellerDocument>
