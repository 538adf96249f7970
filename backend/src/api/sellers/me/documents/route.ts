import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MultipartRequest } from "../../../utils/uploads"
import { Modules } from "@medusajs/framework/utils"
import { z } from "zod"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { DOCUMENT_KINDS } from "../../../../modules/seller/models/seller-document"
import { EDITABLE_STATUSES } from "../../../../modules/seller/transitions"
import { currentSellerId } from "../../../utils/seller-context"
import { sendInvalid } from "../../../utils/errors"
import { sniffDocumentType } from "./file-type"

export const DOCUMENT_FIELDS = ["id", "kind", "filename", "mime_type", "size", "review_state", "review_note", "created_at"] as const

/** The seller's own documents (metadata only; bytes through /file). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const documents = await sellers.listSellerDocuments({ seller_id: await currentSellerId(req) }, { select: [...DOCUMENT_FIELDS], order: { created_at: "ASC" } })
  res.json({ documents })
}

/** Uploads one private document: kind + a PDF/JPG/PNG/WebP file (checked by content), at most 10 MB. */
export async function POST(req: AuthenticatedMedusaRequest & MultipartRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const seller = await sellers.retrieveSeller(sellerId)
  if (!EDITABLE_STATUSES.includes(seller.status)) {
    return res.status(409).json({ type: "not_allowed", code: "status_locked", message: `status_locked: a ${seller.status} seller cannot change documents` })
  }
  const file = req.file
  const givenKind = (req.body as { kind?: unknown } | undefined)?.kind
  const kind = z.enum(DOCUMENT_KINDS).safeParse(givenKind)
  const errors = [
    ...(kind.success ? [] : [{ field: "kind", code: givenKind ? "unknown_code" : "required" }]),
    ...(!file ? [{ field: "file", code: "file_required" }] : []),
  ]
  const mime = file ? sniffDocumentType(file.buffer) : null
  if (file && !mime) errors.push({ field: "file", code: "file_type" })
  if (errors.length) return sendInvalid(req, res, errors)

  const [stored] = await req.scope.resolve(Modules.FILE).createFiles([{
    filename: `${sellerId}-${file!.originalname.replace(/[^\w.-]+/g, "_")}`, // flat: the local provider marks private files by a key prefix
    mimeType: mime!, content: file!.buffer.toString("base64"), access: "private",
  }])
  try {
    const document = await sellers.createSellerDocuments({
      seller_id: sellerId, kind: kind.data!, file_id: stored.id, filename: file!.originalname.slice(0, 200), mime_type: mime!, size: file!.size,
    })
    res.status(201).json({ document: Object.fromEntries(DOCUMENT_FIELDS.map((k) => [k, document[k]])) })
  } catch (err) {
    await req.scope.resolve(Modules.FILE).deleteFiles([stored.id]) // no orphaned bytes
    throw err
  }
}
