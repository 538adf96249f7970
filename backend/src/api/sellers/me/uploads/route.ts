import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MultipartRequest } from "../../../utils/uploads"
import { Modules } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import { sniffDocumentType } from "../documents/file-type"
import { currentSellerId } from "../../../utils/seller-context"
import { requestLocale, sendInvalid, type FieldError } from "../../../utils/errors"
import { reencodeImage, type PublicImageType, type ReencodedImage } from "../../../../lib/uploads/reencode-image"
import { exceedsQuota, uploadQuota } from "../../../../lib/uploads/quota"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"

const IMAGE_TYPES: PublicImageType[] = ["image/jpeg", "image/png", "image/webp"]

/**
 * Uploads public listing images (JPG, PNG or WebP by content, at most 10 MB each, up to 12).
 * Each is decoded and encoded again, so only pixels are kept (no EXIF/GPS, nothing appended), and
 * stored as `<seller>/<random>.<ext of its real type>`: the client's file name and type are never used.
 */
export async function POST(req: AuthenticatedMedusaRequest & MultipartRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const files = req.files ?? []
  if (!files.length) return sendInvalid(req, res, [{ field: "files", code: "file_required" }])
  const types = files.map((f) => sniffDocumentType(f.buffer))
  const errors: FieldError[] = []
  const images: ReencodedImage[] = []
  // One at a time: decoding twelve 10 MB photos at once would hold all their pixels in memory together.
  for (const [i, f] of files.entries()) {
    const type = types[i] as PublicImageType | null
    if (!type || !IMAGE_TYPES.includes(type)) { errors.push({ field: `files.${i}`, code: "file_type" }); continue }
    const image = await reencodeImage(f.buffer, type)
    if (image) images.push(image)
    else errors.push({ field: `files.${i}`, code: "image_unreadable" })
  }
  if (errors.length) return sendInvalid(req, res, errors)

  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const seller = await sellers.retrieveSeller(sellerId, { select: ["status"] })
  const held = await sellers.listSellerUploads({ seller_id: sellerId }, { select: ["size"], take: null })
  const used = { files: held.length, bytes: held.reduce((sum, u) => sum + Number(u.size), 0) }
  const adding = images.reduce((sum, img) => sum + img.bytes.length, 0)
  if (exceedsQuota(uploadQuota(seller.status), used, images.length, adding)) {
    const message = errorMessage("upload_quota", requestLocale(req))
    return res.status(409).json({ type: "not_allowed", code: "upload_quota", message: `files: ${message}`, errors: [{ field: "files", code: "upload_quota", message }] })
  }

  const stored = await req.scope.resolve(Modules.FILE).createFiles(images.map((img) => ({
    filename: `${sellerId}/${randomUUID()}.${img.extension}`, mimeType: img.mimeType, content: img.bytes.toString("base64"), access: "public" as const,
  })))
  await sellers.createSellerUploads(stored.map((f, i) => ({ seller_id: sellerId, file_id: f.id, url: f.url, mime_type: images[i].mimeType, size: images[i].bytes.length })))
  res.status(201).json({ files: stored.map((f) => ({ id: f.id, url: f.url })) })
}
