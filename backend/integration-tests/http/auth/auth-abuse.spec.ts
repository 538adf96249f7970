import { describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { generateResetPasswordTokenWorkflow } from "@medusajs/medusa/core-flows"
import { errorMessage } from "@canting/i18n"

// The limiters read these on the first /auth request; the defaults are 10 / 5 / 100 per 15 minutes.
process.env.AUTH_RATE_LIMIT_LOGIN = "10"
process.env.AUTH_RATE_LIMIT_RESET = "3"
process.env.AUTH_RATE_LIMIT_IP = "30"

const GOOD = "kain-sogan-2024"
// Requests come from loopback, a trusted proxy by default: each test speaks for its own client address,
// so the in-process counters (kept for the whole file) never leak from one test into the next.
let lastIp = 0
const newClient = () => {
  const ip = `198.51.100.${++lastIp}`
  return (headers: Record<string, string> = {}) => ({ headers: { "x-forwarded-for": ip, ...headers }, validateStatus: () => true })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const register = (actor: string, email: string, password: string, cfg: object) =>
      api.post(`/auth/${actor}/emailpass/register`, { email, password }, cfg)
    const login = (email: string, password: string, cfg: object) => api.post("/auth/customer/emailpass", { email, password }, cfg)

    describe("login attempts", () => {
      it("answers the 11th failed login for one email with 429, Retry-After and a message in the caller's language", async () => {
        const as = newClient()
        expect((await register("customer", "tebak@abuse.test", GOOD, as())).status).toBe(200)
        for (let i = 0; i < 10; i++) expect((await login("tebak@abuse.test", `salah-sandi-${i}`, as())).status).toBe(401)

        const blocked = await login("tebak@abuse.test", "salah-sandi-10", as())
        expect(blocked.status).toBe(429)
        const retryAfter = Number(blocked.headers["retry-after"])
        expect(retryAfter).toBeGreaterThan(0)
        expect(retryAfter).toBeLessThanOrEqual(15 * 60)
        expect(blocked.data).toEqual({ type: "too_many_requests", code: "rate_limited", message: errorMessage("rate_limited", "id") })
        expect(blocked.data.message).toMatch(/Terlalu banyak percobaan/)

        const english = await login("TEBAK@abuse.test", "salah-sandi-11", as({ "accept-language": "en" }))
        expect(english.status).toBe(429)
        expect(english.data.message).toBe(errorMessage("rate_limited", "en"))
        expect(english.data.message).toMatch(/Too many attempts/)
        // the right password is refused too until the window ends
        expect((await login("tebak@abuse.test", GOOD, as())).status).toBe(429)

        // another email from the same address is not held by this email's counter
        expect((await login("lain@abuse.test", "salah-sandi-0", as())).status).toBe(401)
      })

      it("does not count successful logins", async () => {
        const as = newClient()
        await register("customer", "rajin@abuse.test", GOOD, as())
        for (let i = 0; i < 11; i++) expect((await login("rajin@abuse.test", GOOD, as())).status).toBe(200)
      })

      it("answers an unknown email exactly like a wrong password", async () => {
        const as = newClient()
        await register("customer", "ada@abuse.test", GOOD, as())
        const wrong = await login("ada@abuse.test", "bukan-sandinya", as())
        const unknown = await login("tidak-ada@abuse.test", "bukan-sandinya", as())
        expect(wrong.status).toBe(401)
        expect(unknown.status).toBe(wrong.status)
        expect(unknown.data).toEqual(wrong.data)
      })

      it("stops one address after 30 failed requests across many emails", async () => {
        const as = newClient()
        // without a password Medusa refuses at once: cheap failures for the per-address counter
        for (let i = 0; i < 30; i++) expect((await api.post("/auth/customer/emailpass", { email: `semprot${i}@abuse.test` }, as())).status).toBe(401)
        const blocked = await api.post("/auth/customer/emailpass", { email: "semprot-lagi@abuse.test" }, as())
        expect(blocked.status).toBe(429)
        expect(blocked.headers["retry-after"]).toMatch(/^\d+$/)
        // a different client is unaffected
        expect((await api.post("/auth/customer/emailpass", { email: "semprot-lagi@abuse.test" }, newClient()())).status).toBe(401)
      })
    })

    describe("password policy", () => {
      it("refuses a short or common password for every actor, naming the field, and registers a good one", async () => {
        const as = newClient()
        for (const actor of ["customer", "seller", "user"]) {
          const short = await register(actor, `pendek-${actor}@abuse.test`, "batik-123", as())
          expect(short.status).toBe(400)
          expect(short.data.errors).toEqual([{ field: "password", code: "password_too_short", message: errorMessage("password_too_short", "id") }])
        }
        const common = await register("customer", "umum@abuse.test", "Password1234", as({ "accept-language": "en" }))
        expect(common.status).toBe(400)
        expect(common.data.type).toBe("invalid_data")
        expect(common.data.errors).toEqual([{ field: "password", code: "password_too_common", message: errorMessage("password_too_common", "en") }])

        const good = await register("seller", "bagus@abuse.test", GOOD, as())
        expect(good.status).toBe(200)
        expect(good.data.token).toEqual(expect.any(String))
      })

      it("refuses a weak new password on reset without using up the reset token", async () => {
        const as = newClient()
        await register("customer", "lupa@abuse.test", GOOD, as())
        const container = getContainer()
        const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
        const { result: token } = await generateResetPasswordTokenWorkflow(container).run({
          input: { entityId: "lupa@abuse.test", actorType: "customer", provider: "emailpass", secret: http.jwtSecret as string },
        })
        const update = (password: string) => api.post("/auth/customer/emailpass/update", { password }, as({ authorization: `Bearer ${token}` }))

        const weak = await update("1234567890")
        expect(weak.status).toBe(400)
        expect(weak.data.errors[0]).toMatchObject({ field: "password", code: "password_too_common" })
        expect((await update("sandi-baru-yang-panjang")).status).toBe(200)
        expect((await login("lupa@abuse.test", "sandi-baru-yang-panjang", as())).status).toBe(200)
      })
    })

    describe("reset-password requests", () => {
      it("answers 201 whether or not the email has an account, and limits requests per email", async () => {
        const as = newClient()
        await register("customer", "reset@abuse.test", GOOD, as())
        const reset = (identifier: string) => api.post("/auth/customer/emailpass/reset-password", { identifier }, as())
        expect((await reset("tidak-ada@abuse.test")).status).toBe(201)
        for (let i = 0; i < 3; i++) expect((await reset("reset@abuse.test")).status).toBe(201)
        const blocked = await reset("Reset@abuse.test")
        expect(blocked.status).toBe(429)
        expect(blocked.data.code).toBe("rate_limited")
      })
    })
  },
})
