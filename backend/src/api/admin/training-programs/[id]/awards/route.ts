import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRAINING_MODULE } from "../../../../../modules/training"
import type TrainingModuleService from "../../../../../modules/training/service"
import { readBulkAwards } from "../../../../../workflows/training/csv"
import { bulkAward } from "../../../../../workflows/training/bulk-award"
import { requestLocale, sendInvalid } from "../../../../utils/errors"
import { sendAwardNotFound } from "../../../../sellers/me/trainings/respond"
import type { MultipartRequest } from "../../../../utils/uploads"

/**
 * Bulk awards from a CSV (multipart `file`, or the text in `csv`) with columns `seller` (handle or
 * 13-digit NIB), `level`, `certificate_number`. Operator awards are verified at once. Answers a
 * row-by-row report; a file that cannot be read at all is a 400.
 */
export async function POST(req: AuthenticatedMedusaRequest & MultipartRequest, res: MedusaResponse) {
  const [program] = await req.scope.resolve<TrainingModuleService>(TRAINING_MODULE).listTrainingPrograms({ id: req.params.id }, { take: 1 })
  if (!program) return sendAwardNotFound(req, res, "program_not_found")
  const file = req.file
  const csv = (req.body as { csv?: unknown } | undefined)?.csv
  const text = file ? file.buffer.toString("utf8") : typeof csv === "string" ? csv : ""
  const read = readBulkAwards(text)
  if ("error" in read) return sendInvalid(req, res, [{ field: file ? "file" : "csv", code: read.error }])
  const report = await bulkAward(req.scope, { program_id: program.id, actor_id: req.auth_context.actor_id, rows: read.rows, locale: requestLocale(req) })
  res.json({
    report,
    summary: { awarded: report.filter((r) => r.status === "awarded").length, skipped: report.filter((r) => r.status === "skipped").length, error: report.filter((r) => r.status === "error").length },
  })
}
