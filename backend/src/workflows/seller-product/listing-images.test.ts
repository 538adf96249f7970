import { describe, expect, it } from "vitest"
import { listingImages } from "./listing-images"

const sizes = (name: string, widths: number[]) => widths.map((width) => ({ url: `/static/${name}-${width}.webp`, width, height: width / 2 }))

describe("a listing's images", () => {
  it("carry the sizes we stored them in, in the seller's order, with the first one's 640 px size as thumbnail", () => {
    const cloth = sizes("cloth", [320, 640, 1280])
    const detail = sizes("detail", [320, 500])
    const known = new Map([[cloth[2].url, cloth], [detail[1].url, detail]])
    expect(listingImages([cloth[2].url, detail[1].url], known)).toEqual({
      images: [{ url: cloth[2].url, metadata: { variants: cloth } }, { url: detail[1].url, metadata: { variants: detail } }],
      thumbnail: cloth[1].url,
    })
    expect(listingImages([detail[1].url], known).thumbnail).toBe(detail[1].url)
  })

  it("keep a picture whose sizes are unknown (uploaded before sizes existed) as a plain URL, also as thumbnail", () => {
    expect(listingImages(["/static/old.png"], new Map())).toEqual({ images: [{ url: "/static/old.png" }], thumbnail: "/static/old.png" })
    expect(listingImages([], new Map())).toEqual({ images: [], thumbnail: null })
  })
})
