import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { EXPIRY_REMINDER_DAYS, LOCALES } from "@canting/domain"
import { resources } from "@canting/i18n"
import { SELLER_TRANSITIONS } from "../../../modules/seller/transitions"
import { CERT_TRANSITIONS } from "../../../modules/certification/transitions"
import { PASSWORD_RESET_TEMPLATE } from "../../../lib/password-reset"
import { fill } from "./copy"
import { EMAIL_TEMPLATES, renderEmail } from "./index"

const STOREFRONT = "https://canting.example/shop"
const seller = { seller_id: "sel_1", seller_name: "Batik Sekar Kauman" }
const item = (title: string, quantity: number, unit_price: number, variant_title: string | null = "200x100") =>
  ({ id: `item_${title}`, title, variant_title, quantity, unit_price, total: unit_price * quantity })

/** What each call site sends (see the notify-* steps), one sample per template. */
const SAMPLES: Record<string, Record<string, unknown>> = {
  "password-reset": { actor: "customer", reset_url: `${STOREFRONT}/id/reset-password?token=abc&actor=customer`, expires_in_minutes: 15 },
  ...Object.fromEntries(["submitted", "approved", "rejected", "changes_requested", "suspended"].map((s) => [`seller-status-${s}`, { ...seller, status: s, reason: s === "approved" ? null : "Foto NIB buram." }])),
  "seller-change-request-accepted": { ...seller, change_request_id: "scr_1", status: "accepted", fields: ["owner_name", "street"], note: null },
  "seller-change-request-rejected": { ...seller, change_request_id: "scr_1", status: "rejected", fields: ["nib"], note: "NIB pada dokumen berbeda." },
  "seller-document-reviewed": { ...seller, document_id: "sdoc_1", kind: "nib", review_state: "rejected", review_note: "Halaman kedua tidak ada." },
  "certificate-verified": { ...seller, certificate_id: "cert_1", scheme: "batikmark", number: "BM-UJI-001", status: "verified", note: null },
  "certificate-rejected": { ...seller, certificate_id: "cert_1", scheme: "gots", number: "", status: "rejected", note: "Dokumen tidak terbaca." },
  "certificate-revoked": { ...seller, certificate_id: "cert_1", scheme: "ipal_effluent_test", number: "IPAL-UJI-7", status: "revoked", note: "Masa uji lewat." },
  "certificate-expiring-60": { ...seller, certificate_id: "cert_1", scheme: "oeko_tex_std100", number: "OT-UJI-1", expires_at: "2026-05-01T00:00:00.000Z", days_left: 60 },
  "certificate-expiring-30": { ...seller, certificate_id: "cert_1", scheme: "oeko_tex_std100", number: "OT-UJI-1", expires_at: "2026-05-01T00:00:00.000Z", days_left: 30 },
  "order-placed": {
    order_id: "order_1", display_id: 42, currency_code: "idr", locale: null,
    sellers: [{ seller: { id: "sel_1", name: "Batik Sekar Kauman" }, items: [item("Kain Sogan", 2, 350_000)], subtotal: 700_000, shipping: { name: "Kurir domestik", amount: 25_000 } }],
    other_items: [],
    totals: { item_subtotal: 700_000, shipping_total: 25_000, tax_total: 0, discount_total: 0, total: 725_000 },
    payment: { provider_id: "pp_system_default", bank_transfer: true },
  },
  "seller-new-order": { order_id: "order_1", display_id: 42, currency_code: "idr", ...seller, items: [item("Kain Sogan", 2, 350_000)], subtotal: 700_000, shipping: { name: "Kurir domestik", amount: 25_000 } },
  "order-canceled-unpaid": { order_id: "order_1", display_id: 42, currency_code: "idr", days: 3, canceled_at: "2026-03-04T00:00:00.000Z", locale: null, total: 725_000, sellers: [], items: [item("Kain Sogan", 2, 350_000)] },
  "seller-order-canceled-unpaid": { order_id: "order_1", display_id: 42, currency_code: "idr", days: 3, ...seller, items: [item("Kain Sogan", 2, 350_000)] },
  "order-shipped": {
    order_id: "order_1", display_id: 42, locale: null, seller: { id: "sel_1", handle: "sekar", name: "Batik Sekar Kauman" }, seller_name: "Batik Sekar Kauman",
    items: [item("Kain Sogan", 2, 350_000)], tracking_number: "JNE-UJI-0001", carrier: "JNE", tracking_url: "https://tracking.example/JNE-UJI-0001",
  },
  "seller-low-stock": { ...seller, product_id: "prod_1", title: "Kain Sogan", variant_id: "variant_1", variant_title: "200x100", available: 2, threshold: 2 },
}

/** The subject key and its variables, to compare a rendered subject with the translation itself. */
const SUBJECT_KEYS: Record<string, string> = {
  "password-reset": "passwordReset.subject",
  "seller-change-request-accepted": "changeRequest.accepted.subject", "seller-change-request-rejected": "changeRequest.rejected.subject",
  "seller-document-reviewed": "documentReviewed.rejected.subject",
  "certificate-verified": "certificate.verified.subject", "certificate-rejected": "certificate.rejected.subject", "certificate-revoked": "certificate.revoked.subject",
  "certificate-expiring-60": "certificate.expiring.subject", "certificate-expiring-30": "certificate.expiring.subject",
  "order-placed": "orderPlaced.subject", "seller-new-order": "sellerNewOrder.subject", "order-canceled-unpaid": "orderCanceledUnpaid.subject",
  "seller-order-canceled-unpaid": "sellerOrderCanceledUnpaid.subject", "order-shipped": "orderShipped.subject",
  "seller-low-stock": "sellerLowStock.subject",
  ...Object.fromEntries(["submitted", "approved", "rejected", "changes_requested", "suspended"].map((s) => [`seller-status-${s}`, `sellerStatus.${s}.subject`])),
}
const at = (tree: unknown, key: string) => key.split(".").reduce<unknown>((t, p) => (t as Record<string, unknown>)[p], tree) as string
function expectedSubject(template: string, locale: "id" | "en") {
  const d = SAMPLES[template]
  const scheme = (resources[locale].vocab.certScheme as Record<string, string>)[String(d.scheme)]
  const kind = (resources[locale].common.sellerPortal.documentKind as Record<string, string>)[String(d.kind)]
  return fill(at(resources[locale].emails, SUBJECT_KEYS[template]), { seller: String(d.seller_name ?? ""), display_id: String(d.display_id ?? ""), scheme, kind, days: Number(d.days_left), title: String(d.title ?? "") })
}
const render = (template: string, data: Record<string, unknown>) => renderEmail(template, data, { storefrontUrl: STOREFRONT })

describe("email templates", () => {
  it("has a template for every notification the backend sends", () => {
    const names = new Set([
      PASSWORD_RESET_TEMPLATE,
      ...Object.values(SELLER_TRANSITIONS).map((t) => `seller-status-${t.to}`),
      "seller-change-request-accepted", "seller-change-request-rejected", "seller-document-reviewed",
      ...Object.values(CERT_TRANSITIONS).map((t) => `certificate-${t.to}`),
      ...EXPIRY_REMINDER_DAYS.map((days) => `certificate-expiring-${days}`),
      "order-placed", "seller-new-order", "order-canceled-unpaid", "seller-order-canceled-unpaid", "order-shipped", "seller-low-stock",
    ])
    expect(Object.keys(EMAIL_TEMPLATES).sort()).toEqual([...names].sort())
    expect(Object.keys(SAMPLES).sort()).toEqual([...names].sort())
  })

  it("knows every template name written literally where notifications are created", () => {
    const src = join(__dirname, "..", "..", "..")
    const files = ["workflows", "subscribers", "jobs", "lib"].flatMap((dir) =>
      readdirSync(join(src, dir), { recursive: true }).map(String).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => join(src, dir, f)))
    const literal = files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/template:\s*"([a-z0-9-]+)"/g)].map((m) => m[1]))
    expect(literal.length).toBeGreaterThan(5)
    expect(literal.filter((name) => !(name in EMAIL_TEMPLATES))).toEqual([])
  })

  for (const template of Object.keys(SAMPLES)) {
    it(`${template}: subject, HTML and plain text in Indonesian and English`, async () => {
      const out = { id: await render(template, { ...SAMPLES[template], locale: "id" }), en: await render(template, { ...SAMPLES[template], locale: "en" }) }
      for (const locale of LOCALES) {
        const email = out[locale]
        expect(email.locale).toBe(locale)
        expect(email.subject).toBe(expectedSubject(template, locale))
        expect(email.html).toContain(`lang="${locale}"`)
        expect(email.text.length).toBeGreaterThan(80)
        expect(email.text).not.toContain("<")
        for (const part of [email.subject, email.html, email.text]) {
          expect(part).not.toMatch(/\{\{|\}\}|undefined|NaN|\[object/)
        }
        expect(email.text).toContain(resources[locale].emails.layout.team)
      }
      expect(out.id.subject).not.toBe(out.en.subject)
      expect(out.id.text).not.toBe(out.en.text)
    })
  }

  it("writes in Indonesian when the caller sends no language or one we do not write in, and reads Medusa's en-US", async () => {
    const data = SAMPLES["seller-status-approved"]
    expect((await render("seller-status-approved", data)).subject).toBe(fill(resources.id.emails.sellerStatus.approved.subject, { seller: "Batik Sekar Kauman" }))
    expect((await render("seller-status-approved", { ...data, locale: "fr" })).locale).toBe("id")
    expect((await render("seller-status-approved", { ...data, locale: "en-US" })).locale).toBe("en")
  })

  it("formats money per currency: rupiah without decimals, US dollars with two", async () => {
    const idr = await render("order-placed", { ...SAMPLES["order-placed"], locale: "id-ID" })
    expect(idr.text.replace(/\u00a0/g, " ")).toContain("Rp 725.000")
    const usd = await render("order-placed", {
      ...SAMPLES["order-placed"], locale: "en-US", currency_code: "usd",
      sellers: [{ seller: { id: "sel_1", name: "Batik Sekar Kauman" }, items: [item("Kain Sogan", 1, 24.5)], shipping: { name: "EMS", amount: 12 } }],
      totals: { item_subtotal: 24.5, shipping_total: 12, tax_total: 0, discount_total: 0, total: 36.5 },
    })
    expect(usd.text).toContain("US$36.50")
    expect(usd.text).toContain("US$24.50")
    expect(usd.text).toContain(fill(resources.en.emails.orderPlaced.bankTransfer))
  })

  it("links to the storefront in the reader's language, and never links a tracking address that is not a web page", async () => {
    const placed = await render("order-placed", { ...SAMPLES["order-placed"], locale: "en" })
    expect(placed.html).toContain(`href="${STOREFRONT}/en/account/orders/order_1"`)
    const cert = await render("certificate-verified", SAMPLES["certificate-verified"])
    expect(cert.text).toContain(`${STOREFRONT}/id/seller/certifications`)
    const reset = await render("password-reset", SAMPLES["password-reset"])
    expect(reset.html).toContain(`href="${String(SAMPLES["password-reset"].reset_url).replace(/&/g, "&amp;")}"`)
    const shipped = await render("order-shipped", { ...SAMPLES["order-shipped"], tracking_url: "javascript:alert(1)" })
    expect(shipped.html).not.toContain("javascript:")
    expect(shipped.html).toContain(`href="${STOREFRONT}/id/account/orders/order_1"`)
  })

  it("tells the workshop how many pieces are left against its threshold and links to the listing in its language", async () => {
    const sample = SAMPLES["seller-low-stock"]
    for (const locale of ["id", "en"] as const) {
      const email = await render("seller-low-stock", { ...sample, available: 1, threshold: 3, locale })
      expect(email.text).toContain(fill(resources[locale].emails.sellerLowStock.body, { title: "Kain Sogan", variant: "200x100", available: 1, threshold: 3 }))
      expect(email.html).toContain(`href="${STOREFRONT}/${locale}/seller/products/prod_1"`)
    }
    // Sold out with a threshold of 0 still says the numbers, never leaves them blank.
    const zero = await render("seller-low-stock", { ...sample, available: 0, threshold: 0, locale: "en" })
    expect(zero.text).toContain(fill(resources.en.emails.sellerLowStock.body, { title: "Kain Sogan", variant: "200x100", available: 0, threshold: 0 }))
  })

  it("escapes what people typed and keeps the subject on one line", async () => {
    const email = await render("seller-status-rejected", { ...SAMPLES["seller-status-rejected"], seller_name: "Batik <b>\r\nBcc: x@y", reason: "<script>alert(1)</script>" })
    expect(email.html).not.toContain("<script>")
    expect(email.html).toContain("&lt;script&gt;")
    expect(email.subject).not.toMatch(/[\r\n]/)
  })

  it("refuses a template name it does not know, naming it", async () => {
    await expect(render("order-lost", {})).rejects.toThrow(/order-lost/)
    await expect(render("__proto__", {})).rejects.toThrow(/__proto__/)
  })
})
