import { describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { errorMessage } from "@canting/i18n"
import { bearer, signUpSeller } from "../../auth-helpers"

// Issue #20: "Change password ... in the shopper's account and the seller portal".
const SELLER_PASSWORD = "rahasia-123" // signUpSeller's
const SHOPPER_PASSWORD = "kain-sogan-lama-1"
const NEW = "parang-rusak-baru-7"

// Each test speaks for its own client address (loopback is a trusted proxy), so the limiters, kept
// for the whole file, never carry over from one test to the next.
let lastIp = 0
const newClient = () => {
  const ip = `198.51.100.${++lastIp}`
  return (headers: Record<string, string> = {}) => ({ headers: { "x-forwarded-for": ip, ...headers }, validateStatus: () => true })
}
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as { auth_identity_id: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const login = (actor: string, email: string, password: string) =>
      api.post(`/auth/${actor}/emailpass`, { email, password }, newClient()())

    /** A shopper with a customer account, signed in; answers its token. */
    async function shopper(email: string) {
      const registered = await api.post("/auth/customer/emailpass/register", { email, password: SHOPPER_PASSWORD })
      await createCustomerAccountWorkflow(getContainer()).run({
        input: { authIdentityId: claimsOf(registered.data.token).auth_identity_id, customerData: { email, first_name: "Uji" } },
      })
      const signedIn = await login("customer", email, SHOPPER_PASSWORD)
      expect(signedIn.status).toBe(200)
      return signedIn.data.token as string
    }

    // Store routes need a publishable key. The runner empties the database after each test, so the
    // key is made with the test's first shopper.
    let storeKey = ""
    async function shopperWithKey(email: string) {
      if (!storeKey || !(await getContainer().resolve(Modules.API_KEY).listApiKeys({ token: storeKey })).length) {
        const { result: [key] } = await createApiKeysWorkflow(getContainer()).run({ input: { api_keys: [{ title: "test", type: "publishable", created_by: "" }] } })
        storeKey = key.token
      }
      return shopper(email)
    }

    const routes = [
      {
        actor: "customer", path: "/store/customers/me/password", current: SHOPPER_PASSWORD,
        account: shopperWithKey, headers: async () => ({ "x-publishable-api-key": storeKey }),
      },
      {
        actor: "seller", path: "/sellers/me/password", current: SELLER_PASSWORD,
        account: async (email: string) => (await signUpSeller(api, email, email.split("@")[0].replace(/[^a-z0-9]/g, "-"), "Batik Sandi")).token as string,
        headers: async () => ({}),
      },
    ] as const

    for (const r of routes) {
      describe(`${r.actor}: ${r.path}`, () => {
        it("changes the password after proving the current one: the new one signs in, the old one no longer does", async () => {
          const email = `ganti-${r.actor}@sandi.test`
          const token = await r.account(email)
          const as = newClient()
          const changed = await api.post(r.path, { current_password: r.current, new_password: NEW }, as({ ...(await r.headers()), ...bearer(token).headers }))
          expect(changed.status).toBe(200)
          expect(changed.data).toEqual({ changed: true })
          expect((await login(r.actor, email, NEW)).status).toBe(200)
          expect((await login(r.actor, email, r.current)).status).toBe(401)
        })

        it("refuses a wrong current password, a weak new one or the same one again, naming the field in id and en, and keeps the password", async () => {
          const email = `salah-${r.actor}@sandi.test`
          const token = await r.account(email)
          const as = newClient()
          const post = async (body: unknown, locale?: string) =>
            api.post(r.path, body, as({ ...(await r.headers()), ...bearer(token).headers, ...(locale ? { "x-medusa-locale": locale } : {}) }))

          const wrong = await post({ current_password: "bukan-sandinya-1", new_password: NEW })
          expect(wrong.status).toBe(400)
          expect(wrong.data.errors).toEqual([{ field: "current_password", code: "current_password_wrong", message: errorMessage("current_password_wrong", "id") }])
          const wrongEn = await post({ current_password: "bukan-sandinya-1", new_password: NEW }, "en-US")
          expect(wrongEn.data.errors[0].message).toBe(errorMessage("current_password_wrong", "en"))
          expect(errorMessage("current_password_wrong", "en")).not.toBe(errorMessage("current_password_wrong", "id"))

          const weak = await post({ current_password: r.current, new_password: "12345678" })
          expect(weak.status).toBe(400)
          expect(weak.data.errors).toEqual([expect.objectContaining({ field: "new_password", code: "password_too_short" })])
          const same = await post({ current_password: r.current, new_password: r.current })
          expect(same.status).toBe(400)
          expect(same.data.errors).toEqual([expect.objectContaining({ field: "new_password", code: "password_unchanged" })])
          const missing = await post({ new_password: NEW })
          expect(missing.data.errors).toEqual([expect.objectContaining({ field: "current_password", code: "required" })])
          const extra = await post({ current_password: r.current, new_password: NEW, email: "lain@sandi.test" })
          expect(extra.status).toBe(400)

          expect((await login(r.actor, email, r.current)).status).toBe(200)
          expect((await login(r.actor, email, NEW)).status).toBe(401)
        })

        it("changes only the signed-in account's password, and not without a token", async () => {
          const mine = `saya-${r.actor}@sandi.test`
          const other = `orang-lain-${r.actor}@sandi.test`
          const token = await r.account(mine)
          await r.account(other)
          const as = newClient()
          const anonymous = await api.post(r.path, { current_password: r.current, new_password: NEW }, as(await r.headers()))
          expect(anonymous.status).toBe(401)
          // Knowing another account's password changes nothing there: the token decides whose password this is.
          const changed = await api.post(r.path, { current_password: r.current, new_password: NEW }, as({ ...(await r.headers()), ...bearer(token).headers }))
          expect(changed.status).toBe(200)
          expect((await login(r.actor, other, r.current)).status).toBe(200)
          expect((await login(r.actor, other, NEW)).status).toBe(401)
        })

        it("stops guessing the current password with a stolen session after the login limit", async () => {
          const token = await r.account(`tebak-${r.actor}@sandi.test`)
          const as = newClient()
          const statuses: (number | string)[] = []
          for (let i = 0; i < 12; i++) {
            const res = await api.post(r.path, { current_password: `tebakan-ke-${i}-x`, new_password: NEW }, as({ ...(await r.headers()), ...bearer(token).headers }))
            statuses.push(res.status === 400 ? res.data.code : res.status)
          }
          expect(statuses.slice(0, 10)).toEqual(Array(10).fill("current_password_wrong"))
          expect(statuses.slice(10)).toEqual([429, 429])
        })
      })
    }
  },
})
