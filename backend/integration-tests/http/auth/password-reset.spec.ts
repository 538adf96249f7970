import { createHmac } from "node:crypto"
import { describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { PASSWORD_RESET_LINK_MINUTES } from "@canting/domain"
import { errorMessage } from "@canting/i18n"
import { signUpSeller } from "../../auth-helpers"
import type { NotificationRow } from "../../api-types"
import type { PasswordResetEmailData } from "../../../src/lib/password-reset"

// Issue #20: "get back into an account" through Medusa's reset flow and our subscriber.
const OLD = "kain-sogan-lama-1"
const NEW = "kain-sogan-baru-2"
const STOREFRONT = "http://localhost:8000" // STOREFRONT_URL's default
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// Each test speaks for its own client address (loopback is a trusted proxy), so the reset and login
// limiters, kept for the whole file, never carry over from one test to the next.
let lastIp = 0
const newClient = () => {
  const ip = `203.0.113.${++lastIp}`
  return (headers: Record<string, string> = {}) => ({ headers: { "x-forwarded-for": ip, ...headers }, validateStatus: () => true })
}
type Client = ReturnType<typeof newClient>
type Claims = { entity_id: string; actor_type: string; purpose: string; jti: string; iat: number; exp: number }

const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url")
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as Claims
/** An HS256 JWT signed by hand, to forge or age a token exactly as an attacker with (or without) the secret could. */
const signJwt = (claims: object, secret: string) => {
  const body = `${b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${b64url(JSON.stringify(claims))}`
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const requestReset = (actor: string, identifier: unknown, as: Client, headers: Record<string, string> = {}) =>
      api.post(`/auth/${actor}/emailpass/reset-password`, { identifier }, as(headers))
    const update = (actor: string, token: string, password: string, as: Client, headers: Record<string, string> = {}) =>
      api.post(`/auth/${actor}/emailpass/update`, { password }, as({ authorization: `Bearer ${token}`, ...headers }))
    const login = (actor: string, email: string, password: string, as: Client) => api.post(`/auth/${actor}/emailpass`, { email, password }, as())

    /** A shopper account as the storefront creates one; `locale` is the language it stores at sign-up. */
    async function shopper(email: string, locale?: string) {
      const registered = await api.post("/auth/customer/emailpass/register", { email, password: OLD })
      expect(registered.status).toBe(200)
      const { auth_identity_id } = claimsOf(registered.data.token) as unknown as { auth_identity_id: string }
      await createCustomerAccountWorkflow(getContainer()).run({
        input: { authIdentityId: auth_identity_id, customerData: { email, first_name: "Uji", ...(locale ? { metadata: { locale } } : {}) } },
      })
    }

    const sent = async (email: string) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: "password-reset" })) as unknown as NotificationRow<PasswordResetEmailData>[]
    /** The subscriber sends after the request is answered: wait for `count` emails to `email`. */
    async function emailsTo(email: string, count = 1) {
      for (let i = 0; i < 100 && (await sent(email)).length < count; i++) await sleep(100)
      return sent(email)
    }
    /** The token of the newest link sent to `email`, read from the link as a person would click it. */
    async function tokenFromEmail(email: string, actor: string, as: Client) {
      const before = (await sent(email)).length
      expect((await requestReset(actor, email, as)).status).toBe(201)
      const emails = await emailsTo(email, before + 1)
      expect(emails).toHaveLength(before + 1)
      return new URL(emails[before].data.reset_url).searchParams.get("token")!
    }
    const jwtSecret = () => getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

    describe("asking for a link", () => {
      it("answers a known email, an unknown one and the wrong kind of account alike, and emails a working link to the known one only", async () => {
        const as = newClient()
        await shopper("ada@reset.test")
        await signUpSeller(api, "bengkel@reset.test", "bengkel-reset", "Bengkel Reset")

        const known = await requestReset("customer", "ada@reset.test", as)
        const unknown = await requestReset("customer", "tidak-ada@reset.test", as)
        const shopperAsSeller = await requestReset("seller", "ada@reset.test", as)
        const sellerAsShopper = await requestReset("customer", "bengkel@reset.test", as)
        const unknownActor = await requestReset("pedagang", "ada@reset.test", as)
        expect(known.status).toBe(201)
        for (const other of [unknown, shopperAsSeller, sellerAsShopper, unknownActor]) {
          expect(other.status).toBe(known.status)
          expect(other.data).toEqual(known.data)
        }

        const [email] = await emailsTo("ada@reset.test")
        expect(email).toMatchObject({ to: "ada@reset.test", channel: "email", template: "password-reset" })
        expect(email.data).toMatchObject({ actor: "customer", locale: "id", expires_in_minutes: PASSWORD_RESET_LINK_MINUTES })
        const link = new URL(email.data.reset_url)
        expect(`${link.origin}${link.pathname}`).toBe(`${STOREFRONT}/id/reset-password`)
        expect(link.searchParams.get("actor")).toBe("customer")

        // The link's token is Medusa's reset token, and it lives as long as the email says.
        const claims = claimsOf(link.searchParams.get("token")!)
        expect(claims).toMatchObject({ entity_id: "ada@reset.test", actor_type: "customer", purpose: "reset" })
        expect(claims.exp - claims.iat).toBe(PASSWORD_RESET_LINK_MINUTES * 60)

        // Given the subscriber time to have handled the other four: nothing for them (one email in all).
        await sleep(1500)
        expect(await sent("tidak-ada@reset.test")).toEqual([])
        expect(await sent("bengkel@reset.test")).toEqual([])
        expect(await sent("ada@reset.test")).toHaveLength(1)
      })

      it("writes in the account's language: a shopper's stored one, else Indonesian; a workshop in Indonesian", async () => {
        const as = newClient()
        await shopper("english@reset.test", "en")
        await shopper("asing@reset.test", "fr")
        await signUpSeller(api, "pemilik@reset.test", "pemilik-reset", "Pemilik Reset")
        // The language the request was made in does not matter: the email goes to the account.
        for (const [actor, email] of [["customer", "english@reset.test"], ["customer", "asing@reset.test"], ["seller", "pemilik@reset.test"]]) {
          expect((await requestReset(actor, email, as, { "accept-language": "en" })).status).toBe(201)
        }
        const [english] = await emailsTo("english@reset.test")
        expect(english.data.locale).toBe("en")
        expect(english.data.reset_url).toMatch(new RegExp(`^${STOREFRONT}/en/reset-password\\?token=[^&]+&actor=customer$`))
        expect((await emailsTo("asing@reset.test"))[0].data.locale).toBe("id")
        const [seller] = await emailsTo("pemilik@reset.test")
        expect(seller.data).toMatchObject({ actor: "seller", locale: "id" })
        expect(seller.data.reset_url).toMatch(new RegExp(`^${STOREFRONT}/id/reset-password\\?token=[^&]+&actor=seller$`))
      })

      it("refuses a missing or malformed address naming `identifier` in the caller's language, never a 5xx", async () => {
        const as = newClient()
        const cases: [unknown, string][] = [[undefined, "required"], ["", "required"], [42, "required"], ["bukan-email", "email_format"], [`${"a".repeat(260)}@x.test`, "too_long"]]
        for (const [identifier, code] of cases) {
          for (const locale of ["id", "en"]) {
            const res = await requestReset("customer", identifier, as, { "accept-language": locale })
            expect(res.status, String(identifier)).toBe(400)
            expect(res.data.errors).toEqual([{ field: "identifier", code, message: errorMessage(code, locale) }])
          }
        }
      })
    })

    describe("setting the new password", () => {
      it("sets it with the emailed token once: the new password logs in, the old one and a second use do not", async () => {
        const as = newClient()
        await shopper("lupa@reset.test")
        const token = await tokenFromEmail("lupa@reset.test", "customer", as)
        const done = await update("customer", token, NEW, as)
        expect(done.status).toBe(200)
        expect(done.data).toEqual({ success: true })
        expect((await login("customer", "lupa@reset.test", NEW, as)).status).toBe(200)
        expect((await login("customer", "lupa@reset.test", OLD, as)).status).toBe(401)
        expect((await update("customer", token, "kain-sogan-ketiga-3", as)).status).toBe(401)
      })

      it("resets a workshop member's password through the seller route", async () => {
        const as = newClient()
        await signUpSeller(api, "penjual@reset.test", "penjual-reset", "Penjual Reset")
        const token = await tokenFromEmail("penjual@reset.test", "seller", as)
        expect((await update("seller", token, NEW, as)).status).toBe(200)
        expect((await login("seller", "penjual@reset.test", NEW, as)).status).toBe(200)
        expect((await login("seller", "penjual@reset.test", "rahasia-123", as)).status).toBe(401)
      })

      it("refuses a weak or missing password naming `password` in Indonesian and English, and keeps the token usable", async () => {
        const as = newClient()
        await shopper("lemah@reset.test")
        const token = await tokenFromEmail("lemah@reset.test", "customer", as)
        const cases: [string | undefined, string][] = [["password123", "password_too_common"], ["pendek", "password_too_short"], [undefined, "required"]]
        for (const [password, code] of cases) {
          for (const locale of ["id", "en"]) {
            const res = await api.post("/auth/customer/emailpass/update", password === undefined ? {} : { password }, as({ authorization: `Bearer ${token}`, "accept-language": locale }))
            expect(res.status, `${password} ${locale}`).toBe(400)
            expect(res.data.errors).toEqual([{ field: "password", code, message: errorMessage(code, locale) }])
          }
        }
        expect((await login("customer", "lemah@reset.test", OLD, as)).status).toBe(200)
        expect((await update("customer", token, NEW, as)).status).toBe(200)
      })

      it("does not let a shopper's token change a workshop's password, nor the other way round", async () => {
        const as = newClient()
        await shopper("pembeli@reset.test")
        await signUpSeller(api, "toko@reset.test", "toko-reset", "Toko Reset")
        const customerToken = await tokenFromEmail("pembeli@reset.test", "customer", as)
        const sellerToken = await tokenFromEmail("toko@reset.test", "seller", as)
        expect((await update("seller", customerToken, NEW, as)).status).toBe(401)
        expect((await update("customer", sellerToken, NEW, as)).status).toBe(401)
        expect((await login("customer", "pembeli@reset.test", OLD, as)).status).toBe(200)
        expect((await login("seller", "toko@reset.test", "rahasia-123", as)).status).toBe(200)
        // Refused on the wrong route, each still works on its own.
        expect((await update("customer", customerToken, NEW, as)).status).toBe(200)
        expect((await update("seller", sellerToken, NEW, as)).status).toBe(200)
      })

      it("refuses an expired, forged, malformed or session token, and changes nothing", async () => {
        const as = newClient()
        await shopper("tua@reset.test")
        const token = await tokenFromEmail("tua@reset.test", "customer", as)
        const claims = claimsOf(token)
        const now = Math.floor(Date.now() / 1000)
        // The genuine claims (its single-use row still waits in the database), but older than the link lives.
        const expired = signJwt({ ...claims, iat: now - PASSWORD_RESET_LINK_MINUTES * 60 - 60, exp: now - 60 }, jwtSecret())
        const forged = signJwt(claims, "not-the-backend-secret-at-all")
        const session = (await login("customer", "tua@reset.test", OLD, as)).data.token as string
        for (const [name, bad] of [["expired", expired], ["forged", forged], ["malformed", "bukan.token.jwt"], ["session", session], ["empty", ""]]) {
          expect((await update("customer", bad, NEW, as)).status, name).toBe(401)
        }
        expect((await login("customer", "tua@reset.test", OLD, as)).status).toBe(200)
        expect((await login("customer", "tua@reset.test", NEW, as)).status).toBe(401)
      })
    })
  },
})
