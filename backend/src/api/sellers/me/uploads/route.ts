import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MultipartRequest } from "../../../utils/uploads"
import { errorMessage } from "@canting/i18n"
import { sniffDocumentType } from "../documents/file-type"
import { currentSellerId } from "../../../utils/seller-context"
import { requestLocale, sendInvalid, type FieldError } from "../../../utils/errors"
import type { ImageVariant } from "@canting/domain"
import { responsiveImage, storeResponsiveImage, type EncodedVariant, type PublicImageType, type StoredImage } from "../../../../lib/uploads/responsive-image"
import { exceedsQuota, uploadQuota } from "../../../../lib/uploads/quota"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"

const IMAGE_TYPES: PublicImageType[] = ["image/jpeg", "image/png", "image/webp"]

/**
 * Uploads public listing images (JPG, PNG or WebP by content, at most 10 MB each, up to 12), also
 * used for the logo and banner. Each is decoded once and stored as WebP in responsive sizes
 * (lib/uploads/responsive-image), so only pixels are kept (no EXIF/GPS, nothing appended), under
 * `<seller>/<random>-<width>.webp`: the client's file name and type are never used. Answers each
 * picture's largest `url`, its `thumbnail` and all `variants`; local files as `/static/<key>`.
 */
export async function POST(req: AuthenticatedMedusaRequest & MultipartRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const files = req.files ?? []
  if (!files.length) return sendInvalid(req, res, [{ field: "files", code: "file_required" }])
  const { pictures, errors } = await encodePictures(files.map((f) => f.buffer))
  if (errors.length) return sendInvalid(req, res, errors)

  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  if (await wouldPassQuota(sellers, sellerId, pictures)) {
    const message = errorMessage("upload_quota", requestLocale(req))
    return res.status(409).json({ type: "not_allowed", code: "upload_quota", message: `files: ${message}`, errors: [{ field: "files", code: "upload_quota", message }] })
  }

  const stored: StoredImage[] = []
  for (const variants of pictures) stored.push(await storeResponsiveImage(req.scope, `${sellerId}/${randomUUID()}`, variants))
  await sellers.createSellerUploads(stored.map((img) => ({
    seller_id: sellerId, file_id: img.file_id, url: img.url, mime_type: "image/webp", size: img.size, variants: asJson(img.variants),
  })))
  res.status(201).json({ files: stored.map((img) => ({ id: img.file_id, url: img.url, thumbnail: img.thumbnail, variants: img.variants })) })
}

/** Every file's variants, or a field error naming each file that is not a readable JPG, PNG or WebP. */
async function encodePictures(buffers: Buffer[]): Promise<{ pictures: EncodedVariant[][]; errors: FieldError[] }> {
  const errors: FieldError[] = []
  const pictures: EncodedVariant[][] = []
  // One at a time: decoding twelve 10 MB photos at once would hold all their pixels in memory together.
  for (const [i, buffer] of buffers.entries()) {
    const type = sniffDocumentType(buffer) as PublicImageType | null
    if (!type || !IMAGE_TYPES.includes(type)) { errors.push({ field: `files.${i}`, code: "file_type" }); continue }
    const variants = await responsiveImage(buffer, type)
    if (variants) pictures.push(variants)
    else errors.push({ field: `files.${i}`, code: "image_unreadable" })
  }
  return { pictures, errors }
}

/** The quota counts pictures and the bytes of every size stored for them. */
async function wouldPassQuota(sellers: SellerModuleService, sellerId: string, pictures: EncodedVariant[][]): Promise<boolean> {
  const seller = await sellers.retrieveSeller(sellerId, { select: ["status"] })
  const held = await sellers.listSellerUploads({ seller_id: sellerId }, { select: ["size"], take: null })
  const used = { files: held.length, bytes: held.reduce((sum, u) => sum + Number(u.size), 0) }
  const adding = pictures.flat().reduce((sum, v) => sum + v.bytes.length, 0)
  return exceedsQuota(uploadQuota(seller.status), used, pictures.length, adding)
}

/** The json column is typed as an object; Postgres keeps the list as it is. */
const asJson = (list: ImageVariant[]) => list as unknown as Record<string, unknown>
