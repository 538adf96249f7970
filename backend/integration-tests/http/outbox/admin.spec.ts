import { readdir, readFile } from "node:fs/promises"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { simpleParser } from "mailparser"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { errorMessage, resources } from "@canting/i18n"
import { adminToken, bearer } from "../../auth-helpers"
import type { NotificationRow } from "../../api-types"
import type { PasswordResetEmailData } from "../../../src/lib/password-reset"

// Issue #20, "email that is sent": a real notification through the email provider lands in the
// outbox as an .eml file (integration-tests/setup.ts points EMAIL_OUTBOX_DIR at a temporary folder),
// and the operator, only the operator, reads it through /admin/outbox.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const quiet = { validateStatus: () => true }
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as { auth_identity_id: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const outbox = process.env.EMAIL_OUTBOX_DIR!

    /** A shopper who signed up in English (the storefront stores `metadata.locale`). */
    async function englishShopper(email: string) {
      const { data } = await api.post("/auth/customer/emailpass/register", { email, password: "kain-sogan-lama-1" })
      await createCustomerAccountWorkflow(getContainer()).run({
        input: { authIdentityId: claimsOf(data.token).auth_identity_id, customerData: { email, first_name: "Ada", metadata: { locale: "en" } } },
      })
    }
    async function resetEmailTo(email: string) {
      const list = () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: "password-reset" })
      // Medusa records the notification (pending), then the provider's answer (success or failure).
      for (let i = 0; i < 100 && (await list()).every((n) => n.status === "pending"); i++) await sleep(100)
      return (await list()) as unknown as (NotificationRow<PasswordResetEmailData> & { status: string; external_id: string | null })[]
    }

    describe("email outbox", () => {
      it("writes a password reset as an .eml file in the account's language, and shows it to the operator only", async () => {
        await englishShopper("ada@outbox.test")
        const asked = await api.post("/auth/customer/emailpass/reset-password", { identifier: "ada@outbox.test" }, { ...quiet, headers: { "x-forwarded-for": "203.0.113.90" } })
        expect(asked.status).toBe(201)
        const [notification] = await resetEmailTo("ada@outbox.test")
        expect(notification.status).toBe("success")
        const link = notification.data.reset_url

        // The file itself: a parseable message with the recipient, the English subject and both parts.
        const files = (await readdir(outbox)).filter((f) => f.endsWith(".eml"))
        expect(files).toEqual([`${notification.external_id}.eml`])
        const mail = await simpleParser(await readFile(join(outbox, files[0])))
        expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : null).toBe("ada@outbox.test")
        expect(mail.subject).toBe(resources.en.emails.passwordReset.subject)
        expect(mail.text).toContain(link)
        expect(mail.html).toContain("lang=\"en\"")

        // The operator's list and message.
        const token = await adminToken(api, getContainer())
        const listed = await api.get("/admin/outbox", bearer(token))
        expect(listed.data.messages).toEqual([
          expect.objectContaining({ id: notification.external_id, to: "ada@outbox.test", subject: resources.en.emails.passwordReset.subject, template: "password-reset", locale: "en" }),
        ])
        const one = await api.get(`/admin/outbox/${notification.external_id}`, bearer(token))
        expect(one.data.message.text).toContain(link)
        expect(one.data.message.html).toContain(resources.en.emails.passwordReset.heading)

        // Nobody else: no session, or a shopper's token.
        const shopper = (await api.post("/auth/customer/emailpass", { email: "ada@outbox.test", password: "kain-sogan-lama-1" })).data.token as string
        for (const path of ["/admin/outbox", `/admin/outbox/${notification.external_id}`]) {
          expect((await api.get(path, quiet)).status).toBe(401)
          expect((await api.get(path, { ...quiet, ...bearer(shopper) })).status).toBe(401)
        }
      })

      it("refuses any id that is not an outbox message's, so no path leaves the folder, and answers 404 for a missing one", async () => {
        const token = await adminToken(api, getContainer())
        const as = { ...quiet, ...bearer(token, { "x-medusa-locale": "en-US" }) }
        for (const id of ["..%2F..%2Fpackage.json", "..%2F..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "...", "..%5C..%5Cpackage.json", "setup.ts"]) {
          const res = await api.get(`/admin/outbox/${id}`, as)
          expect(res.status, id).toBe(400)
          expect(res.data.errors).toEqual([{ field: "id", code: "outbox_message_invalid", message: errorMessage("outbox_message_invalid", "en") }])
          expect(JSON.stringify(res.data)).not.toMatch(/"name":|root:/)
        }
        const missing = await api.get("/admin/outbox/20260314T091502123Z-password-reset-0badf00d", as)
        expect(missing.status).toBe(404)
        expect(missing.data.code).toBe("outbox_message_not_found")
      })

      it("has no outbox while emails go out through SMTP", async () => {
        const token = await adminToken(api, getContainer())
        process.env.SMTP_URL = "smtp://127.0.0.1:2525"
        try {
          for (const path of ["/admin/outbox", "/admin/outbox/20260314T091502123Z-password-reset-0badf00d"]) {
            const res = await api.get(path, { ...quiet, ...bearer(token) })
            expect(res.status).toBe(404)
            expect(res.data.code).toBe("outbox_off")
          }
        } finally {
          delete process.env.SMTP_URL
        }
      })
    })
  },
})
