import { describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import relativeImageUrls from "../../../src/migration-scripts/relative-image-urls"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"

const S3 = "https://canting-media.s3.ap-southeast-1.amazonaws.com/sel_1/kain-1280.webp"
const variant = (url: string, width: number) => ({ url, width, height: width / 2 })

/** Pictures as a database seeded on port 9000 and another uploaded through a backend on port 9123 kept them. */
async function storeAbsoluteUrls(container: MedusaContainer) {
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const [product] = await container.resolve(Modules.PRODUCT).createProducts([{
    title: "Kain lama", status: "published", thumbnail: "http://localhost:9000/static/x.webp",
    images: [
      { url: "http://localhost:9123/static/y.webp", metadata: { variants: [variant("http://localhost:9123/static/y-320.webp", 320), variant("http://localhost:9123/static/y.webp", 640)], note: "kept" } },
      { url: S3, metadata: { variants: [variant(S3, 1280)] } },
    ],
  }])
  const seller = await sellers.createSellers({ handle: "lama", name: "Bengkel Lama", logo_url: "http://127.0.0.1:9000/static/logo.webp", banner_url: S3 })
  const upload = await sellers.createSellerUploads({
    seller_id: seller.id, file_id: "f", url: "http://localhost:9123/static/sel_1/y.webp", mime_type: "image/webp", size: 1,
    variants: [variant("http://localhost:9123/static/sel_1/y-320.webp", 320)] as unknown as Record<string, unknown>,
  })
  return { productId: product.id, sellerId: seller.id, uploadId: upload.id }
}

async function readBack(container: MedusaContainer, ids: Awaited<ReturnType<typeof storeAbsoluteUrls>>) {
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const product = await container.resolve(Modules.PRODUCT).retrieveProduct(ids.productId, { relations: ["images"] })
  return {
    product: { thumbnail: product.thumbnail, updated_at: product.updated_at, images: [...(product.images ?? [])].sort((a, b) => a.rank - b.rank).map((i) => ({ url: i.url, metadata: i.metadata })) },
    seller: await sellers.retrieveSeller(ids.sellerId, { select: ["logo_url", "banner_url", "updated_at"] }),
    upload: await sellers.retrieveSellerUpload(ids.uploadId, { select: ["url", "variants", "updated_at"] }),
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe("migration script: relative image URLs", () => {
      it("drops the host and port the backend ran on from local pictures, leaves S3 ones, and changes nothing on a second run", async () => {
        const container = getContainer()
        const ids = await storeAbsoluteUrls(container)

        await relativeImageUrls({ container })
        const once = await readBack(container, ids)
        expect(once.product.thumbnail).toBe("/static/x.webp")
        expect(once.product.images).toEqual([
          { url: "/static/y.webp", metadata: { variants: [variant("/static/y-320.webp", 320), variant("/static/y.webp", 640)], note: "kept" } },
          { url: S3, metadata: { variants: [variant(S3, 1280)] } },
        ])
        expect(once.seller).toEqual(expect.objectContaining({ logo_url: "/static/logo.webp", banner_url: S3 }))
        expect(once.upload).toEqual(expect.objectContaining({ url: "/static/sel_1/y.webp", variants: [variant("/static/sel_1/y-320.webp", 320)] }))

        await relativeImageUrls({ container })
        expect(await readBack(container, ids)).toEqual(once)
      })
    })
  },
})
