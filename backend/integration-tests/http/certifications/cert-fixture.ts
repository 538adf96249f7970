import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createStockLocationsWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { adminToken, bearer, PDF, signUpSeller } from "../../auth-helpers"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import type { Api, ApiResponse, CertificateBody, FieldError, SignedUpSeller, WithId } from "../../api-types"

// Shared by the certification specs (certifications.spec, access-and-reminders.spec, expiry-search.spec). Issuers and numbers
// are marked DEMO: they are test values, not real certificates.

const DAY = 86_400_000
/** Pekalongan keeps Western Indonesia Time (UTC+7), and the rules (`daysUntil` in @canting/domain) count its calendar days. */
const WIB = 7 * 3_600_000
/** The calendar date in Pekalongan at an instant, e.g. 2026-12-08 at 2026-12-07T20:00:00Z. */
export const wibDate = (at: Date | string) => new Date(new Date(at).getTime() + WIB).toISOString().slice(0, 10)
/**
 * The calendar date n days from `from` as the rules count days (as the API takes it): n days after
 * today in Pekalongan, which from 17:00 UTC on is already tomorrow's UTC date.
 */
export const inDays = (n: number, from: Date = new Date()) => wibDate(new Date(from.getTime() + n * DAY))

export type Fields = Record<string, string | undefined>

/** What a claim answers: the pending certificate with its evidence, or a 4xx with field errors. */
export type CertificateClaim = ApiResponse<{ certificate: CertificateBody & { evidence: WithId[] }; errors: FieldError[] }>

/** POST /sellers/me/certifications as multipart: text fields plus evidence files; the response, also when it is an error. */
export async function claim(api: Api, token: string, fields: Fields, files: { bytes: Buffer; name: string }[] = [{ bytes: PDF, name: "sertifikat.pdf" }], headers: Record<string, string> = {}) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.append(k, v)
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)]), f.name)
  return api.post<CertificateClaim["data"]>("/sellers/me/certifications", form, bearer(token, headers)).catch((e: { response: CertificateClaim }) => e.response)
}

export const BATIKMARK = (product_id: string, type = "tulis"): Fields => ({
  scheme: "batikmark", subject_type: "product", product_id, batikmark_type: type,
  issuer: "DEMO BBSPJIKB (uji)", number: "DEMO-BM-0001", issued_at: inDays(-30), expires_at: inDays(1000),
})

export const IPAL: Fields = {
  scheme: "ipal_effluent_test", subject_type: "seller", issuer: "DEMO Lab Lingkungan (uji)", number: "DEMO-IPAL-0001",
  issued_at: inDays(-10), expires_at: inDays(300),
}

/** A publishable key on the default sales channel and a stock location for sellers' listings; returns the key's token. */
export async function storeWithStock(container: MedusaContainer): Promise<string> {
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})
  const { result: [key] } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "t", type: "publishable", created_by: "" }] } })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Pekalongan" }] } })
  return key.token
}

/** What each test of the certification specs starts from: an operator, a store key, and two newly signed-up workshops A and B. */
export type TwoSellers = { admin: string; key: string; a: SignedUpSeller; b: SignedUpSeller }

export async function twoSellers(api: Api, container: MedusaContainer): Promise<TwoSellers> {
  const admin = await adminToken(api, container)
  const key = await storeWithStock(container)
  const a = await signUpSeller(api, "a@cert.test", "bengkel-a", "Bengkel A")
  const b = await signUpSeller(api, "b@cert.test", "bengkel-b", "Bengkel B")
  // A's notifications (reminders, verification) go to this address.
  await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: a.seller.id, email: "a@cert.test" })
  return { admin, key, a, b }
}
