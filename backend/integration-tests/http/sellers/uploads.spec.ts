import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeEach, describe, expect, it } from "vitest"
import sharp from "sharp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import type { ImageVariant } from "@canting/domain"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { bearer, LISTING, signUpSeller } from "../../auth-helpers"
import type { Api, ApiResponse, FieldError, SignedUpSeller } from "../../api-types"

// Read by medusa-config and the upload route when the runner boots the app: a folder of our own and a tiny draft quota.
const UPLOAD_DIR = mkdtempSync(join(tmpdir(), "canting-uploads-"))
process.env.CANTING_UPLOAD_DIR = UPLOAD_DIR
process.env.CANTING_UPLOAD_QUOTA_DRAFT_FILES = "3"

const fail = (e: { response?: unknown }) => e.response
const square = (colour: string, width = 8, height = width) => sharp({ create: { width, height, channels: 3, background: colour } })
/** Where a URL the upload route issued sits on disk and under which path the backend serves it. */
const servedPath = (url: string) => new URL(url, "http://backend.invalid").pathname
const storedBytes = (url: string) => readFileSync(join(UPLOAD_DIR, decodeURIComponent(servedPath(url).replace(/^\/static\//, ""))))

/** What an upload answers: the stored files, or a 4xx with field errors. */
type UploadedFile = { id: string; url: string; thumbnail: string; variants: ImageVariant[] }
type Upload = ApiResponse<{ files: UploadedFile[]; errors: FieldError[]; code?: string }>
type StoreImage = { url: string; metadata?: { variants?: ImageVariant[] } | null }

async function upload(api: Api, token: string, files: { bytes: Buffer; name: string }[]) {
  const form = new FormData()
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)]), f.name)
  return api.post<Upload["data"]>("/sellers/me/uploads", form, bearer(token)).catch(fail as (e: unknown) => Upload)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let a: SignedUpSeller
    let b: SignedUpSeller
    let png: Buffer

    beforeEach(async () => {
      a = await signUpSeller(api, "a@seller.test", "bengkel-a", "Bengkel A")
      b = await signUpSeller(api, "b@seller.test", "bengkel-b", "Bengkel B")
      png = await square("#8a3b12").png().toBuffer()
    })

    describe("what an upload becomes", () => {
      it("stores PNG bytes followed by a script, named x.html, as re-encoded WebP served as image/webp with nosniff", async () => {
        const attack = Buffer.concat([png, Buffer.from("<script>alert(document.cookie)</script>")])
        const res = await upload(api, a.token, [{ bytes: attack, name: "x.html" }])
        expect(res.status).toBe(201)
        const url: string = res.data.files[0].url
        expect(url).toMatch(/\.webp$/)
        expect(url).not.toMatch(/html|x\./)
        const stored = storedBytes(url)
        expect(stored.toString("latin1")).not.toContain("<script>")
        expect((await sharp(stored).metadata()).format).toBe("webp")

        const served = await api.get(servedPath(url), { responseType: "arraybuffer" })
        expect(served.status).toBe(200)
        expect(served.headers["content-type"]).toBe("image/webp")
        expect(served.headers["x-content-type-options"]).toBe("nosniff")
      })

      it("strips EXIF, GPS included, from a JPEG", async () => {
        const jpeg = await square("#203040").jpeg().withExif({ IFD0: { Make: "Canting" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 53/1 0/1" } }).toBuffer()
        expect((await sharp(jpeg).metadata()).exif).toBeDefined()
        const res = await upload(api, a.token, [{ bytes: jpeg, name: "rumah.jpeg" }])
        expect(res.status).toBe(201)
        const meta = await sharp(storedBytes(res.data.files[0].url)).metadata()
        expect(meta.format).toBe("webp")
        expect(meta.exif).toBeUndefined()
      })

      it("stores a wide photo once in every responsive size, each at a host-free /static URL served as WebP", async () => {
        const res = await upload(api, a.token, [{ bytes: await square("#7a4a22", 2000, 1000).png().toBuffer(), name: "kain.png" }])
        expect(res.status).toBe(201)
        const [file] = res.data.files
        expect(file.variants.map(({ width, height }) => ({ width, height }))).toEqual([
          { width: 320, height: 160 }, { width: 640, height: 320 }, { width: 1280, height: 640 },
        ])
        for (const v of file.variants) {
          expect(v.url).toMatch(/^\/static\/[^/]+\/[^/]+\.webp$/)
          const served = await api.get(v.url, { responseType: "arraybuffer" })
          expect(served.status).toBe(200)
          expect(served.headers["content-type"]).toBe("image/webp")
          expect(await sharp(Buffer.from(served.data as ArrayBuffer)).metadata()).toEqual(expect.objectContaining({ format: "webp", width: v.width, height: v.height }))
        }
        expect(file.url).toBe(file.variants[2].url)
        expect(file.thumbnail).toBe(file.variants[1].url)
        // The quota counts what is kept: the bytes of every size.
        const [kept] = await getContainer().resolve<SellerModuleService>(SELLER_MODULE).listSellerUploads({ url: file.url })
        expect(Number(kept.size)).toBe(file.variants.reduce((sum, v) => sum + storedBytes(v.url).length, 0))
      })

      it("refuses a non-image and an image it cannot decode, naming the file", async () => {
        const res = await upload(api, a.token, [{ bytes: png, name: "ok.png" }, { bytes: Buffer.from("<html><script>1</script></html>"), name: "a.png" }])
        expect(res.status).toBe(400)
        expect(res.data.errors).toEqual([expect.objectContaining({ field: "files.1", code: "file_type", message: expect.any(String) })])
        const broken = await upload(api, a.token, [{ bytes: png.subarray(0, 40), name: "broken.png" }])
        expect(broken.status).toBe(400)
        expect(broken.data.errors).toEqual([expect.objectContaining({ field: "files.0", code: "image_unreadable" })])
        expect(broken.data.errors[0].message).not.toBe((await upload(api, a.token, [{ bytes: Buffer.from("x"), name: "x" }])).data.errors[0].message)
      })
    })

    describe("serving /static", () => {
      it("refuses files of any other type planted in the upload folder and sandboxes SVG", async () => {
        mkdirSync(join(UPLOAD_DIR, "planted"), { recursive: true })
        writeFileSync(join(UPLOAD_DIR, "planted", "x.html"), "<script>alert(1)</script>")
        writeFileSync(join(UPLOAD_DIR, "planted", "x.png.html"), "<script>alert(1)</script>")
        writeFileSync(join(UPLOAD_DIR, "planted", "demo.svg"), `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)
        expect((await api.get("/static/planted/x.html").catch(fail)).status).toBe(404)
        expect((await api.get("/static/planted/x.png.html").catch(fail)).status).toBe(404)
        expect((await api.get("/static/planted/../../etc/passwd.png").catch(fail)).status).toBe(404)
        const svg = await api.get("/static/planted/demo.svg")
        expect(svg.headers["content-type"]).toBe("image/svg+xml")
        expect(svg.headers["x-content-type-options"]).toBe("nosniff")
        expect(svg.headers["content-security-policy"]).toContain("sandbox")
      })
    })

    describe("image URLs on listings and the profile", () => {
      it("accepts only URLs the upload route issued to this seller", async () => {
        const mine = (await upload(api, a.token, [{ bytes: png, name: "kain.png" }])).data.files[0].url
        const theirs = (await upload(api, b.token, [{ bytes: png, name: "kain.png" }])).data.files[0].url

        const evil = await api.post("/sellers/me/products", { ...LISTING, images: ["https://evil.example/x.png"] }, bearer(a.token)).catch(fail)
        expect(evil.status).toBe(400)
        expect(evil.data.errors).toEqual([expect.objectContaining({ field: "images.0", code: "image_not_uploaded" })])
        const scheme = await api.post("/sellers/me/products", { ...LISTING, images: ["javascript:alert(1)"] }, bearer(a.token)).catch(fail)
        expect(scheme.data.errors[0]).toEqual(expect.objectContaining({ field: "images.0" }))

        const created = await api.post("/sellers/me/products", { ...LISTING, images: [mine] }, bearer(a.token))
        expect(created.status).toBe(201)
        const id = created.data.product.id
        const stolen = await api.post(`/sellers/me/products/${id}`, { images: [mine, theirs] }, bearer(a.token)).catch(fail)
        expect(stolen.status).toBe(400)
        expect(stolen.data.errors).toEqual([expect.objectContaining({ field: "images.1", code: "image_not_uploaded" })])
        // The images a product already shows stay acceptable (e.g. demo photos stored by the seed).
        const kept = await api.post(`/sellers/me/products/${id}`, { images: [mine] }, bearer(a.token))
        expect(kept.status).toBe(200)
        // The same key under another host is not the file we serve.
        const elsewhere = await api.post(`/sellers/me/products/${id}`, { images: [`https://evil.example${mine}`] }, bearer(a.token)).catch(fail)
        expect(elsewhere.data.errors).toEqual([expect.objectContaining({ field: "images.0", code: "image_not_uploaded" })])

        const logo = await api.post("/sellers/me", { logo_url: "https://evil.example/logo.png", banner_url: theirs }, bearer(a.token)).catch(fail)
        expect(logo.status).toBe(400)
        expect(logo.data.errors.map((e: FieldError) => `${e.field}:${e.code}`).sort()).toEqual(["banner_url:image_not_uploaded", "logo_url:image_not_uploaded"])
        const own = await api.post("/sellers/me", { logo_url: mine, banner_url: null }, bearer(a.token))
        expect(own.status).toBe(200)
        expect(own.data.seller.logo_url).toBe(mine)
      })

      it("gives a listing's images the sizes they were uploaded in and a 640 px thumbnail, and shoppers see them", async () => {
        const wide = await square("#7a4a22", 2000, 1000).png().toBuffer()
        const narrow = await square("#203040", 500, 800).png().toBuffer()
        const { data: { files: [cloth, detail] } } = await upload(api, a.token, [{ bytes: wide, name: "a.png" }, { bytes: narrow, name: "b.png" }])
        await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: a.seller.id, status: "approved" })
        const created = await api.post("/sellers/me/products", { ...LISTING, status: "published", images: [cloth.url, detail.url] }, bearer(a.token))
        expect(created.status).toBe(201)
        expect(created.data.product.thumbnail).toBe(cloth.thumbnail)
        const id: string = created.data.product.id

        const key = await storeKey(getContainer())
        const shown = async () => (await api.get(`/store/products?id[]=${id}`, { headers: { "x-publishable-api-key": key } })).data.products[0] as { thumbnail: string; images: StoreImage[] }
        const sizesOf = (images: StoreImage[], url: string) => images.find((i) => i.url === url)?.metadata?.variants
        const before = await shown()
        expect(before.thumbnail).toBe(cloth.variants.find((v) => v.width === 640)!.url)
        expect(sizesOf(before.images, cloth.url)).toEqual(cloth.variants)
        expect(sizesOf(before.images, detail.url)?.map((v) => v.width)).toEqual([320, 500])

        // Putting the narrow picture first makes its largest size (500 px) the thumbnail; the other keeps its sizes.
        const edited = await api.post(`/sellers/me/products/${id}`, { images: [detail.url, cloth.url] }, bearer(a.token))
        expect(edited.data.product).toEqual(expect.objectContaining({ thumbnail: detail.url, status: "published" }))
        const after = await shown()
        expect(after.thumbnail).toBe(detail.url)
        expect(sizesOf(after.images, cloth.url)).toEqual(cloth.variants)
        expect(sizesOf(after.images, detail.url)).toEqual(detail.variants)
      })

      it("keeps a listing working with a picture uploaded before sizes existed: the plain URL is image and thumbnail", async () => {
        const old = "/static/legacy/kain.png"
        await getContainer().resolve<SellerModuleService>(SELLER_MODULE)
          .createSellerUploads({ seller_id: a.seller.id, file_id: "legacy", url: old, mime_type: "image/png", size: 10 })
        const created = await api.post("/sellers/me/products", { ...LISTING, images: [old] }, bearer(a.token))
        expect(created.status).toBe(201)
        expect(created.data.product.thumbnail).toBe(old)
        expect(created.data.product.images).toEqual([expect.objectContaining({ url: old })])
      })

      it("takes no sizes, metadata or thumbnail from the request, only from what the upload stored", async () => {
        const [file] = (await upload(api, a.token, [{ bytes: await square("#9b2335", 1400, 700).png().toBuffer(), name: "c.png" }])).data.files
        const forged = [{ url: "https://evil.example/x.webp", width: 640, height: 320 }]
        const attempts = [
          { images: [{ url: file.url, metadata: { variants: forged } }] },
          { images: [file.url], image_metadata: { variants: forged } },
          { images: [file.url], thumbnail: forged[0].url },
        ]
        for (const body of attempts) expect((await api.post("/sellers/me/products", { ...LISTING, ...body }, bearer(a.token)).catch(fail)).status).toBe(400)
        // A single size is not an upload of its own: a listing shows the picture, with all its sizes.
        const size = await api.post("/sellers/me/products", { ...LISTING, images: [file.variants[0].url] }, bearer(a.token)).catch(fail)
        expect(size.data.errors).toEqual([expect.objectContaining({ field: "images.0", code: "image_not_uploaded" })])

        const { data: { product } } = await api.post("/sellers/me/products", { ...LISTING, images: [file.url] }, bearer(a.token))
        for (const body of attempts) expect((await api.post(`/sellers/me/products/${product.id}`, body, bearer(a.token)).catch(fail)).status).toBe(400)
        const mine = await api.get(`/sellers/me/products/${product.id}`, bearer(a.token))
        expect(mine.data.product.thumbnail).toBe(file.thumbnail)
        expect(mine.data.product.images).toEqual([expect.objectContaining({ url: file.url })])
      })
    })

    describe("quota", () => {
      it("gives a draft seller a small allowance and an approved one more", async () => {
        const first = await upload(api, a.token, [{ bytes: png, name: "1.png" }, { bytes: png, name: "2.png" }])
        expect(first.status).toBe(201)
        const over = await upload(api, a.token, [{ bytes: png, name: "3.png" }, { bytes: png, name: "4.png" }])
        expect(over.status).toBe(409)
        expect(over.data.code).toBe("upload_quota")
        expect(over.data.errors).toEqual([expect.objectContaining({ field: "files", code: "upload_quota", message: expect.any(String) })])
        expect((await upload(api, a.token, [{ bytes: png, name: "3.png" }])).status).toBe(201)
        expect((await upload(api, a.token, [{ bytes: png, name: "4.png" }])).status).toBe(409)

        await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: a.seller.id, status: "approved" })
        expect((await upload(api, a.token, [{ bytes: png, name: "4.png" }])).status).toBe(201)
      })
    })

    /** A storefront key on the channel seller listings are put in. */
    async function storeKey(container: MedusaContainer) {
      const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1, order: { created_at: "ASC" } })
      const { result: [key] } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "t", type: "publishable", created_by: "" }] } })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
      return key.token
    }
  },
})
