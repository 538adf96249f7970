import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import sharp from "sharp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { ExecArgs } from "@medusajs/framework/types"
import { imageVariants } from "@canting/domain"
import seed from "../../../src/scripts/seed"

// Read by medusa-config when the runner boots the app: the seed's pictures go to a folder of our own.
process.env.CANTING_UPLOAD_DIR = mkdtempSync(join(tmpdir(), "canting-seed-"))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("demo seed pictures", () => {
      it("stores each drawn cloth as WebP in responsive sizes at host-free URLs, with a 640 px thumbnail", async () => {
        const container = getContainer()
        await seed({ container, args: [] } as unknown as ExecArgs)
        const products = await container.resolve(Modules.PRODUCT).listProducts({}, { relations: ["images"], take: null })
        expect(products.length).toBeGreaterThan(0)
        for (const product of products) {
          const variants = imageVariants(product.images?.[0]?.metadata)
          expect(variants.map((v) => [v.width, v.height])).toEqual([[320, 320], [640, 640], [800, 800]])
          expect(product.images?.[0]?.url).toBe(variants[2].url)
          expect(product.thumbnail).toBe(variants[1].url)
          for (const v of variants) expect(v.url).toMatch(/^\/static\/[^/]+\.webp$/)
        }
        const shown = await api.get(products[0].thumbnail!, { responseType: "arraybuffer" })
        expect(shown.headers["content-type"]).toBe("image/webp")
        expect(await sharp(Buffer.from(shown.data as ArrayBuffer)).metadata()).toEqual(expect.objectContaining({ format: "webp", width: 640, height: 640 }))
      })
    })
  },
})
