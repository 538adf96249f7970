import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeEach, describe, expect, it } from "vitest"
import sharp from "sharp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { bearer, LISTING, signUpSeller } from "../../auth-helpers"
import type { Api, ApiResponse, FieldError, SignedUpSeller } from "../../api-types"

// Read by medusa-config and the upload route when the runner boots the app: a folder of our own and a tiny draft quota.
const UPLOAD_DIR = mkdtempSync(join(tmpdir(), "canting-uploads-"))
process.env.CANTING_UPLOAD_DIR = UPLOAD_DIR
process.env.CANTING_UPLOAD_QUOTA_DRAFT_FILES = "3"

const fail = (e: { response?: unknown }) => e.response
const square = (colour: string) => sharp({ create: { width: 8, height: 8, channels: 3, background: colour } })
/** Where a URL the upload route issued sits on disk and under which path the backend serves it. */
const servedPath = (url: string) => new URL(url).pathname
const storedBytes = (url: string) => readFileSync(join(UPLOAD_DIR, decodeURIComponent(servedPath(url).replace(/^\/static\//, ""))))

/** What an upload answers: the stored files, or a 4xx with field errors. */
type Upload = ApiResponse<{ files: { url: string }[]; errors: FieldError[]; code?: string }>

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
      it("stores PNG bytes followed by a script, named x.html, as a re-encoded .png served as image/png with nosniff", async () => {
        const attack = Buffer.concat([png, Buffer.from("<script>alert(document.cookie)</script>")])
        const res = await upload(api, a.token, [{ bytes: attack, name: "x.html" }])
        expect(res.status).toBe(201)
        const url: string = res.data.files[0].url
        expect(url).toMatch(/\.png$/)
        expect(url).not.toMatch(/html|x\./)
        const stored = storedBytes(url)
        expect(stored.equals(attack)).toBe(false)
        expect(stored.toString("latin1")).not.toContain("<script>")
        expect((await sharp(stored).metadata()).format).toBe("png")

        const served = await api.get(servedPath(url), { responseType: "arraybuffer" })
        expect(served.status).toBe(200)
        expect(served.headers["content-type"]).toBe("image/png")
        expect(served.headers["x-content-type-options"]).toBe("nosniff")
      })

      it("strips EXIF, GPS included, from a JPEG", async () => {
        const jpeg = await square("#203040").jpeg().withExif({ IFD0: { Make: "Canting" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 53/1 0/1" } }).toBuffer()
        expect((await sharp(jpeg).metadata()).exif).toBeDefined()
        const res = await upload(api, a.token, [{ bytes: jpeg, name: "rumah.jpeg" }])
        expect(res.status).toBe(201)
        expect(res.data.files[0].url).toMatch(/\.jpg$/)
        const meta = await sharp(storedBytes(res.data.files[0].url)).metadata()
        expect(meta.format).toBe("jpeg")
        expect(meta.exif).toBeUndefined()
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

        const logo = await api.post("/sellers/me", { logo_url: "https://evil.example/logo.png", banner_url: theirs }, bearer(a.token)).catch(fail)
        expect(logo.status).toBe(400)
        expect(logo.data.errors.map((e: FieldError) => `${e.field}:${e.code}`).sort()).toEqual(["banner_url:image_not_uploaded", "logo_url:image_not_uploaded"])
        const own = await api.post("/sellers/me", { logo_url: mine, banner_url: null }, bearer(a.token))
        expect(own.status).toBe(200)
        expect(own.data.seller.logo_url).toBe(mine)
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
  },
})
