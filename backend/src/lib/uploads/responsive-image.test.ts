import { describe, expect, it } from "vitest"
import sharp from "sharp"
import { responsiveImage, thumbnailOf, variantWidths } from "./responsive-image"

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#7a4a22" } }).png().toBuffer()

/** What a browser would get for each variant: its real format and size, read back from the bytes. */
const decoded = (variants: { bytes: Buffer }[]) =>
  Promise.all(variants.map(async (v) => {
    const meta = await sharp(v.bytes).metadata()
    return { format: meta.format, width: meta.width, height: meta.height }
  }))

describe("responsive images", () => {
  it("stores a wide photo as WebP at 320, 640 and 1280 px, keeping its aspect ratio", async () => {
    const variants = await responsiveImage(await picture(2000, 1000), "image/png")
    expect(variants?.map(({ width, height }) => ({ width, height }))).toEqual([
      { width: 320, height: 160 }, { width: 640, height: 320 }, { width: 1280, height: 640 },
    ])
    expect(await decoded(variants!)).toEqual([
      { format: "webp", width: 320, height: 160 }, { format: "webp", width: 640, height: 320 }, { format: "webp", width: 1280, height: 640 },
    ])
  })

  it("never enlarges a small photo: a 500 px wide one gives 320 and its own 500", async () => {
    const variants = await responsiveImage(await picture(500, 800), "image/png")
    expect(await decoded(variants!)).toEqual([{ format: "webp", width: 320, height: 512 }, { format: "webp", width: 500, height: 800 }])
    expect(variantWidths(200)).toEqual([200])
    expect(variantWidths(1280)).toEqual([320, 640, 1280])
  })

  it("turns a photo taken sideways upright before measuring it", async () => {
    const sideways = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#203040" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    const variants = await responsiveImage(sideways, "image/jpeg")
    expect(await decoded(variants!)).toEqual([{ format: "webp", width: 320, height: 640 }, { format: "webp", width: 400, height: 800 }])
  })

  it("refuses bytes that are not the type they claimed or cannot be decoded", async () => {
    const png = await picture(40, 40)
    expect(await responsiveImage(png, "image/jpeg")).toBeNull()
    expect(await responsiveImage(png.subarray(0, 60), "image/png")).toBeNull()
  })

  it("shows the 640 px variant as the thumbnail, or the largest of a narrower picture", () => {
    expect(thumbnailOf([{ width: 320 }, { width: 640 }, { width: 1280 }])).toEqual({ width: 640 })
    expect(thumbnailOf([{ width: 320 }, { width: 500 }])).toEqual({ width: 500 })
    expect(thumbnailOf([])).toBeUndefined()
  })
})
