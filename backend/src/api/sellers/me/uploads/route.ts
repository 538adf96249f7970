import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { sniffDocumentType } from "../documents/file-type"
import { currentSellerId } from "../../../utils/seller-context"
import { sendInvalid } from "../../../utils/errors"

const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"]

/** Uploads public listing images (JPG, PNG or WebP by content, at most 10 MB each, up to 12). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const files = ((req as any).files ?? []) as { buffer: Buffer; originalname: string }[]
  if (!files.length) return sendInvalid(req, res, [{ field: "files", code: "file_required" }])
  const types = files.map((f) => sniffDocumentType(f.buffer))
  const bad = types.map((t, i) => (t && IMAGE_TYPES.includes(t) ? null : i)).filter((i): i is number => i !== null)
  if (bad.length) return sendInvalid(req, res, bad.map((i) => ({ field: `files.${i}`, code: "file_type" })))
  const stored = await req.scope.resolve(Modules.FILE).createFiles(files.map((f, i) => ({
    filename: `${sellerId}-${f.originalname.replace(/[^\w.-]+/g, "_")}`, mimeType: types[i]!, content: f.buffer.toString("base64"), access: "public" as const,
  })))
  res.status(201).json({ files: stored.map((f) => ({ id: f.id, url: f.url })) })
}
