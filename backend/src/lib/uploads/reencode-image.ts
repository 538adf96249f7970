import sharp from "sharp"

export type PublicImageType = "image/jpeg" | "image/png" | "image/webp"
export type ReencodedImage = { bytes: Buffer; mimeType: PublicImageType; extension: "jpg" | "png" | "webp" }

const FORMATS = {
  "image/jpeg": { sharp: "jpeg", extension: "jpg" },
  "image/png": { sharp: "png", extension: "png" },
  "image/webp": { sharp: "webp", extension: "webp" },
} as const

/** Largest image we decode (pixels): 50 MP holds any camera photo and stops decompression bombs. */
export const MAX_IMAGE_PIXELS = 50_000_000

/**
 * Decodes an image whose first bytes said `type` and encodes it again in the same format: only
 * pixels survive (no trailing bytes, no EXIF, GPS or comments; sharp keeps metadata only when asked).
 * The orientation tag is applied to the pixels first. Null when the bytes are not a decodable image
 * of that type or exceed MAX_IMAGE_PIXELS.
 */
export async function reencodeImage(input: Buffer, type: PublicImageType): Promise<ReencodedImage | null> {
  const format = FORMATS[type]
  try {
    const image = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" })
    if ((await image.metadata()).format !== format.sharp) return null
    const bytes = await image.rotate().toFormat(format.sharp, format.sharp === "png" ? {} : { quality: 88 }).toBuffer()
    return { bytes, mimeType: type, extension: format.extension }
  } catch {
    return null
  }
}
