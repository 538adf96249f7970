import { validateAndTransformQuery, type MiddlewareRoute, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import multer from "multer"
import { TRAINING_PROGRAMS } from "@canting/domain"
import { AWARD_VERIFICATIONS } from "../../../modules/training/constants"
import { validateBody } from "../../utils/validate"
import { sendInvalid } from "../../utils/errors"
import { uploadErrorCode } from "../../utils/uploads"
import { programFields } from "../../sellers/me/trainings/validators"

const NO_HTML = /<[a-z!/][^>]*>/i
const text = (min: number, max: number) =>
  z.string({ error: "required" }).trim().min(min, "too_short").max(max, "too_long").refine((v) => !NO_HTML.test(v), "no_html")

/** A programme the operator records (JSON). */
export const AdminProgramBody = z.strictObject({
  kind: z.enum(TRAINING_PROGRAMS, "unknown_code"),
  name: text(2, 200),
  organiser: text(2, 200),
  ...programFields,
}).superRefine((v, ctx) => {
  if (v.starts_at && v.ends_at && v.ends_at < v.starts_at) ctx.addIssue({ code: "custom", path: ["ends_at"], message: "date_order" })
})
export type AdminProgramBodyType = z.infer<typeof AdminProgramBody>

export const AdminListProgramsParams = z.object({
  kind: z.enum(TRAINING_PROGRAMS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminListAwardsParams = z.object({
  verification: z.enum(AWARD_VERIFICATIONS).optional(),
  seller_id: z.string().optional(),
  program_id: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

/** A decision on a claim; the note is required for a rejection (checked by the workflow guard). */
export const AdminAwardDecision = z.strictObject({ note: z.string().trim().max(2000, "too_long").optional() })

export const MAX_CSV_BYTES = 1024 * 1024
const csvUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_CSV_BYTES, files: 1 } })
/** Bulk awards: a multipart CSV `file` (≤ 1 MB) or, as JSON or a form field, the CSV text in `csv`. */
const csvFile = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  csvUpload.single("file")(req, res, (err?: unknown) => {
    if (uploadErrorCode(err) === "LIMIT_FILE_SIZE") return sendInvalid(req, res, [{ field: "file", code: "file_too_large" }])
    if (err) return sendInvalid(req, res, [{ field: "file", code: "invalid" }])
    next()
  })

/** Admin routes are authenticated as operators (`user`) by Medusa for every /admin path. */
export const adminTrainingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/training-programs", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListProgramsParams, { isList: true, defaults: ["id"] })] },
  { matcher: "/admin/training-programs", methods: ["POST"], middlewares: [validateBody(AdminProgramBody)] },
  { matcher: "/admin/training-programs/:id/awards", methods: ["POST"], middlewares: [csvFile] },
  { matcher: "/admin/training-awards", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListAwardsParams, { isList: true, defaults: ["id"] })] },
  { matcher: "/admin/training-awards/:id/:action", methods: ["POST"], middlewares: [validateBody(AdminAwardDecision)] },
]
