import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ExecArgs } from "@medusajs/framework/types"
import { REQUIRED_DOCUMENT_KINDS } from "@canting/domain"
import seed from "../../../src/scripts/seed"
import demo from "../../../src/scripts/seed/demo-accounts.json"
import { DEMO_SELLERS } from "../../../src/scripts/seed/sellers"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { TRAINING_MODULE } from "../../../src/modules/training"
import type TrainingModuleService from "../../../src/modules/training/service"
import { loadOnboarding } from "../../../src/workflows/seller/onboarding-state"
import { bearer } from "../../auth-helpers"

// Issue #21: the demo tells the truth. The printed demo login opened an approved workshop whose
// dashboard said "3 of 7 steps complete" and asked for the owner's name and phone.
process.env.CANTING_UPLOAD_DIR = mkdtempSync(join(tmpdir(), "canting-seed-"))

type Onboarding = { status: string; ready: boolean; steps: { id: string; complete: boolean; missing: string[] }[] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("demo workshops", () => {
      it("each one's application and papers match its status, and the printed logins see that state", async () => {
        const container = getContainer()
        await seed({ container, args: [] } as unknown as ExecArgs)
        const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
        const stored = await sellers.listSellers({}, { relations: ["documents"] })
        expect(stored.map((s) => s.handle).sort()).toEqual(DEMO_SELLERS.map((s) => s.handle).sort())

        for (const seller of stored) {
          const { status, steps } = await loadOnboarding(container, seller.id)
          const gaps = steps.flatMap((s) => s.missing)
          const papers = Object.fromEntries((seller.documents ?? []).map((d) => [d.kind, d.review_state]))
          const required = (state: string) => Object.fromEntries(REQUIRED_DOCUMENT_KINDS.map((k) => [k, state]))
          if (status === "approved") {
            expect({ handle: seller.handle, gaps }).toEqual({ handle: seller.handle, gaps: [] })
            expect(papers).toEqual(expect.objectContaining(required("accepted")))
          } else if (status === "submitted") {
            expect({ handle: seller.handle, gaps }).toEqual({ handle: seller.handle, gaps: [] })
            expect(papers).toEqual(required("pending"))
          } else {
            expect(status).toBe("draft")
            expect(steps.find((s) => s.id === "business")?.missing).toEqual(["phone"])
            expect(papers).toEqual({})
          }
        }
        // One workshop of each state a newcomer should see: open for trade, awaiting review, mid-wizard.
        expect(stored.map((s) => s.status).sort()).toEqual(["approved", "approved", "approved", "approved", "approved", "approved", "draft", "submitted"])

        // The demo still shows all three readiness bands among the approved workshops.
        const readiness = await container.resolve<TrainingModuleService>(TRAINING_MODULE).listSellerReadinesses({ seller_id: stored.filter((s) => s.status === "approved").map((s) => s.id) })
        expect(new Set(readiness.map((r) => r.band))).toEqual(new Set(["export_ready", "ready_with_support", "not_ready"]))

        const onboarding = async (login: { email: string; password: string }) => {
          const { data } = await api.post("/auth/seller/emailpass", { email: login.email, password: login.password })
          return (await api.get("/sellers/me/onboarding", bearer(data.token))).data as Onboarding
        }
        expect(await onboarding(demo.seller)).toEqual(expect.objectContaining({ status: "approved", ready: true }))
        expect(await onboarding(demo.seller_submitted)).toEqual(expect.objectContaining({ status: "submitted", ready: true }))
        const draft = await onboarding(demo.seller_draft)
        expect(draft).toEqual(expect.objectContaining({ status: "draft", ready: false }))
        expect(draft.steps.filter((s) => s.complete).map((s) => s.id)).toEqual([])
      }, 240_000) // the whole demo seed: drawn pictures in every size, workflows per workshop
    })
  },
})
