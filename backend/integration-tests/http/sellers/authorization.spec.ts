import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import { adminToken, bearer, customerToken, PDF, signUpSeller, uploadDocument } from "../../auth-helpers"

const fail = (e: any) => e.response


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let a: { token: string; seller: any }
    let b: { token: string; seller: any }
    beforeEach(async () => {
      a = await signUpSeller(api, "a@seller.test", "bengkel-a", "Bengkel A")
      b = await signUpSeller(api, "b@seller.test", "bengkel-b", "Bengkel B")
    })

    describe("who can reach seller routes", () => {
      it("keeps each seller's profile and documents to itself, even by id guessing", async () => {
        const doc = (await uploadDocument(api, b.token, "nib", PDF, "nib.pdf")).data.document
        expect((await api.get("/sellers/me", bearer(a.token))).data.seller.handle).toBe("bengkel-a")
        expect((await api.get(`/sellers/me/documents/${doc.id}/file`, bearer(a.token)).catch(fail)).status).toBe(404)
        expect((await api.delete(`/sellers/me/documents/${doc.id}`, bearer(a.token)).catch(fail)).status).toBe(404)
        expect((await api.get("/sellers/me/documents", bearer(a.token))).data.documents).toEqual([])
        // B still has it, and can read its bytes
        const own = await api.get(`/sellers/me/documents/${doc.id}/file`, bearer(b.token))
        expect(own.headers["content-type"]).toMatch(/application\/pdf/)
      })

      it("refuses anonymous callers, shoppers and operators on /sellers/me", async () => {
        const shopper = await customerToken(api)
        const operator = await adminToken(api, getContainer())
        for (const config of [{}, bearer(shopper), bearer(operator)]) {
          expect((await api.get("/sellers/me", config).catch(fail)).status).toBe(401)
          expect((await api.post("/sellers/me", { name: "X" }, config).catch(fail)).status).toBe(401)
          expect((await api.get("/sellers/me/documents", config).catch(fail)).status).toBe(401)
          expect((await api.post("/sellers/me/submit", {}, config).catch(fail)).status).toBe(401)
        }
      })

      it("refuses seller, shopper and anonymous tokens on the operator's routes", async () => {
        const shopper = await customerToken(api)
        for (const config of [{}, bearer(a.token), bearer(shopper)]) {
          expect((await api.get("/admin/sellers", config).catch(fail)).status).toBe(401)
          expect((await api.post(`/admin/sellers/${a.seller.id}/approve`, {}, config).catch(fail)).status).toBe(401)
        }
      })

      it("registers one seller per login", async () => {
        const again = await api.post("/sellers", { name: "Lagi", handle: "lagi-lagi", owner_name: "Siti" }, bearer(a.token)).catch(fail)
        expect(again.status).toBe(400)
      })
    })

    describe("bad input", () => {
      it("names the field of an invalid NIB, NPWP, story or count, in the caller's language, and saves nothing", async () => {
        const res = await api.post("/sellers/me", { name: "Nama Bagus", nib: "12345", npwp: "abc", story: { id: "<script>alert(1)</script>" }, workforce_total: -3 },
          bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(res.status).toBe(400)
        const byField = Object.fromEntries(res.data.errors.map((e: any) => [e.field, e]))
        expect(byField.nib).toEqual({ field: "nib", code: "nib_format", message: "The NIB must be 13 digits." })
        expect(byField.npwp.code).toBe("npwp_format")
        expect(byField["story.id"].code).toBe("no_html")
        expect(byField.workforce_total.code).toBe("out_of_range")
        expect((await api.get("/sellers/me", bearer(a.token))).data.seller.name).toBe("Bengkel A")
        const id = await api.post("/sellers/me", { nib: "12345" }, bearer(a.token)).catch(fail)
        expect(id.data.errors[0].message).toBe("NIB harus 13 digit angka.")
      })

      it("refuses a taken handle at sign-up and on edit", async () => {
        const { data: { token } } = await api.post("/auth/seller/emailpass/register", { email: "c@seller.test", password: "rahasia-123" })
        const dup = await api.post("/sellers", { name: "Bengkel C", handle: "bengkel-a", owner_name: "Siti" }, bearer(token)).catch(fail)
        expect(dup.status).toBe(400)
        expect(dup.data.errors).toEqual([expect.objectContaining({ field: "handle", code: "handle_taken" })])
        const edit = await api.post("/sellers/me", { handle: "bengkel-a" }, bearer(b.token)).catch(fail)
        expect(edit.data.errors[0].code).toBe("handle_taken")
      })

      it("refuses a 20 MB file and an .exe renamed to .pdf, and keeps nothing", async () => {
        const big = await uploadDocument(api, a.token, "nib", Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]), "nib.pdf")
        expect(big.status).toBe(400)
        expect(big.data.errors[0]).toEqual(expect.objectContaining({ field: "file", code: "file_too_large" }))
        const exe = await uploadDocument(api, a.token, "nib", Buffer.from("MZ\\x90\\x00 program"), "nib.pdf")
        expect(exe.data.errors[0]).toEqual(expect.objectContaining({ field: "file", code: "file_type" }))
        const kind = await uploadDocument(api, a.token, "passport", PDF, "p.pdf")
        expect(kind.data.errors[0]).toEqual(expect.objectContaining({ field: "kind", code: "unknown_code" }))
        expect((await api.get("/sellers/me/documents", bearer(a.token))).data.documents).toEqual([])
      })

      it("requires a reason to reject, request changes or suspend", async () => {
        const operator = await adminToken(api, getContainer())
        await getContainer().resolve<any>(SELLER_MODULE).updateSellers({ id: a.seller.id, status: "submitted" })
        for (const action of ["reject", "request-changes"]) {
          const res = await api.post(`/admin/sellers/${a.seller.id}/${action}`, { reason: "  " }, bearer(operator)).catch(fail)
          expect(res.status).toBe(400)
          expect(res.data.errors[0]).toEqual(expect.objectContaining({ field: "reason", code: "reason_required" }))
        }
        expect((await api.get(`/admin/sellers/${a.seller.id}`, bearer(operator))).data.seller.status).toBe("submitted")
      })
    })
  },
})
