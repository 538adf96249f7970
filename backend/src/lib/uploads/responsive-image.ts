import sharp, { type Sharp } from "sharp"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { IMAGE_WIDTHS, THUMBNAIL_WIDTH, type ImageVariant } from "@canting/domain"
import { relativeFileUrl } from "./file-urls"

/** The picture types sellers may upload, told apart by their first bytes (not the name or the client's type). */
export type PublicImageType = "image/jpeg" | "image/png" | "image/webp"
const FORMATS = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" } as const

/** Largest image we decode (pixels): 50 MP holds any camera photo and stops decompression bombs. */
export const MAX_IMAGE_PIXELS = 50_000_000

/**
 * How every picture is opened: bounded in pixels, refused on any decoding error rather than half
 * read, and turned upright by its orientation tag (which then no longer applies to the pixels).
 */
export const IMAGE_INPUT = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error", autoOrient: true } as const

/** One size of a picture, encoded and not stored yet. */
export type EncodedVariant = { bytes: Buffer; width: number; height: number }

/** A picture stored in every size: `url` is the largest, `thumbnail` the one catalog tiles show. */
export type StoredImage = { url: string; thumbnail: string; variants: ImageVariant[]; file_id: string; size: number }

const LARGEST = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]
/** Photos of cloth hold fine detail (isen dots, crackle) that lower qualities smear. */
const WEBP_QUALITY = 82

/**
 * The widths a picture `width` px wide is stored at: each standard width narrower than it, plus its
 * own width when that is below the largest, so no size is ever enlarged and a small photo still
 * has a full-resolution candidate.
 */
export function variantWidths(width: number): number[] {
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w < width)
  const top = Math.min(width, LARGEST)
  return widths.includes(top) ? widths : [...widths, top]
}

/** The variant catalog tiles and cart lines show: THUMBNAIL_WIDTH wide, or the largest of a narrower picture. */
export function thumbnailOf<V extends { width: number }>(variants: V[]): V | undefined {
  return variants.find((v) => v.width === THUMBNAIL_WIDTH) ?? variants.reduce<V | undefined>((top, v) => (!top || v.width > top.width ? v : top), undefined)
}

/**
 * Encodes an opened picture as WebP at each of its variantWidths, smallest first. One pipeline is
 * cloned per size, so the input is read once; sizes are encoded one after another to bound memory.
 * Only pixels are written (sharp drops EXIF, GPS and comments unless asked), already turned upright.
 */
export async function encodeVariants(image: Sharp): Promise<EncodedVariant[]> {
  const { autoOrient } = await image.metadata()
  const variants: EncodedVariant[] = []
  for (const width of variantWidths(autoOrient.width)) {
    const { data, info } = await image.clone().resize({ width, withoutEnlargement: true }).webp({ quality: WEBP_QUALITY }).toBuffer({ resolveWithObject: true })
    variants.push({ bytes: data, width: info.width, height: info.height })
  }
  return variants
}

/**
 * The WebP variants of an uploaded picture whose first bytes said `type`. Null when the bytes do
 * not decode as that type or pass MAX_IMAGE_PIXELS.
 */
export async function responsiveImage(input: Buffer, type: PublicImageType): Promise<EncodedVariant[] | null> {
  try {
    const image = sharp(input, IMAGE_INPUT)
    if ((await image.metadata()).format !== FORMATS[type]) return null
    return await encodeVariants(image)
  } catch {
    return null
  }
}

/**
 * Stores a picture's variants as public files named `<name>-<width>.webp` (`name` may hold folders,
 * e.g. the seller id) and describes them with URLs fit to keep (see relativeFileUrl).
 */
export async function storeResponsiveImage(scope: MedusaContainer, name: string, encoded: EncodedVariant[]): Promise<StoredImage> {
  if (!encoded.length) throw new Error(`No variants to store for ${name}`)
  const files = await scope.resolve(Modules.FILE).createFiles(encoded.map((v) => ({
    filename: `${name}-${v.width}.webp`, mimeType: "image/webp", content: v.bytes.toString("base64"), access: "public" as const,
  })))
  const variants = encoded.map((v, i) => ({ url: relativeFileUrl(files[i].url), width: v.width, height: v.height }))
  const largest = variants.length - 1
  return {
    url: variants[largest].url,
    thumbnail: thumbnailOf(variants)!.url,
    variants,
    file_id: files[largest].id,
    size: encoded.reduce((sum, v) => sum + v.bytes.length, 0),
  }
}
