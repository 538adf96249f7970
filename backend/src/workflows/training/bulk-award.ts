import type { MedusaContainer } from "@medusajs/framework/types"
import { NIB_PATTERN, TRAINING_LEVELS, normalizeIdNumber, type TrainingLevel } from "@canting/domain"
import { errorMessage } from "@canting/i18n"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { awardTrainingWorkflow } from "./workflows/award-training"
import type { CsvRow } from "./csv"
import { isRefusalError } from "../../lib/errors"

const isTrainingLevel = (v: string): v is TrainingLevel => (TRAINING_LEVELS as readonly string[]).includes(v)

export type BulkReportRow = {
  row: number; seller: string; status: "awarded" | "skipped" | "error"; reason: string | null; message: string | null; award_id?: string
}

/**
 * Awards a programme's badge row by row: each row names a seller by handle or 13-digit NIB and a level
 * (and optionally a certificate number). A row that fails never stops the others; the report says
 * for every row what happened and why (unknown seller, bad level, already awarded, ...).
 */
export async function bulkAward(
  container: MedusaContainer, input: { program_id: string; actor_id: string; rows: CsvRow[]; locale: string }
): Promise<BulkReportRow[]> {
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const keys = input.rows.map((r) => (r.cells.seller ?? "").trim())
  const nibs = keys.map(normalizeIdNumber).filter((k) => NIB_PATTERN.test(k))
  const handles = keys.filter((k) => k && !NIB_PATTERN.test(normalizeIdNumber(k))).map((k) => k.toLowerCase())
  const found = [...new Map([
    ...(nibs.length ? await sellers.listSellers({ nib: nibs }, { select: ["id", "handle", "nib"] }) : []),
    ...(handles.length ? await sellers.listSellers({ handle: handles }, { select: ["id", "handle", "nib"] }) : []),
  ].map((s) => [s.id, s])).values()]
  const sellerFor = (key: string) => {
    const nib = normalizeIdNumber(key)
    return NIB_PATTERN.test(nib) ? found.filter((s) => s.nib === nib) : found.filter((s) => s.handle === key.toLowerCase())
  }
  const line = (row: number, seller: string, status: BulkReportRow["status"], reason: string | null, award_id?: string): BulkReportRow => ({
    row, seller, status, reason, message: reason ? errorMessage(reason, input.locale) : null, ...(award_id ? { award_id } : {}),
  })

  const report: BulkReportRow[] = []
  for (const { row, cells } of input.rows) {
    const key = (cells.seller ?? "").trim()
    const level = (cells.level ?? "").trim().toLowerCase()
    const certificate = (cells.certificate_number ?? "").trim()
    if (!key) { report.push(line(row, key, "error", "seller_required")); continue }
    const matches = sellerFor(key)
    if (matches.length === 0) { report.push(line(row, key, "error", "seller_unknown")); continue }
    if (matches.length > 1) { report.push(line(row, key, "error", "seller_ambiguous")); continue }
    if (!isTrainingLevel(level)) { report.push(line(row, key, "error", "level_unknown")); continue }
    if (certificate.length > 80) { report.push(line(row, key, "error", "too_long")); continue }
    try {
      const { result } = await awardTrainingWorkflow(container).run({
        input: { seller_id: matches[0].id, program_id: input.program_id, level, certificate_number: certificate || null, actor_id: input.actor_id },
      })
      report.push(line(row, key, "awarded", null, result.id))
    } catch (err: unknown) {
      if (isRefusalError(err, ["award_duplicate"])) report.push(line(row, key, "skipped", "award_duplicate"))
      else throw err
    }
  }
  return report
}
