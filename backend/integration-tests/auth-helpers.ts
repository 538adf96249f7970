import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { AuthenticationInput, MedusaContainer } from "@medusajs/framework/types"
import type { Api, ApiResponse, FieldError, SellerBody, SellerDocument } from "./api-types"

type Token = { token: string }
/** What `POST /sellers/me/documents` answers: the stored document, or a 4xx with field errors. */
export type DocumentUpload = ApiResponse<{ document: SellerDocument; errors: FieldError[] }>
export const bearer = (token: string, extra: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${token}`, ...extra } })

/** Signs a workshop up through the public API and returns its logged-in token and seller. */
export async function signUpSeller(api: Api, email: string, handle: string, name = "Batik Uji") {
  const { data: { token: registration } } = await api.post<Token>("/auth/seller/emailpass/register", { email, password: "rahasia-123" })
  const created = await api.post<{ seller: SellerBody }>("/sellers", { name, handle, owner_name: "Siti Aminah", phone: "+6281234567890" }, bearer(registration))
  const { data: { token } } = await api.post<Token>("/auth/seller/emailpass", { email, password: "rahasia-123" })
  return { token, seller: created.data.seller, status: created.status }
}

/** An operator (admin user) token. */
export async function adminToken(api: Api, container: MedusaContainer, email = "operator@canting.test") {
  const { authIdentity } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password: "operator-123" } } as AuthenticationInput)
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email } } })
  const { data } = await api.post<Token>("/auth/user/emailpass", { email, password: "operator-123" })
  return data.token as string
}

/** A shopper (customer) token. */
export async function customerToken(api: Api, email = "pembeli@canting.test") {
  const { data: { token } } = await api.post<Token>("/auth/customer/emailpass/register", { email, password: "pembeli-123" })
  return token as string
}

/** Everything a complete onboarding needs, as one POST /sellers/me body. */
export const COMPLETE_PROFILE = {
  nib: "1234567890123", npwp: "33.2601.2345.678.901", kbli: ["13134"], scale_basis: "modal_usaha", declared_amount_idr: 250_000_000,
  street: "Jl. Contoh 1", kelurahan: "Kauman", kecamatan: "Pekalongan Timur", city: "Kota Pekalongan", province: "Jawa Tengah", postcode: "51127",
  sentra: "kauman", founded_year: 1995, techniques: ["batik_tulis", "batik_cap"],
  capacity: [{ technique: "batik_tulis", units_per_month: 20, lead_time_days: 60 }, { technique: "batik_cap", units_per_month: 200, lead_time_days: 14 }],
  wastewater_method: "communal_ipal", ipal_name: "IPAL Komunal Kauman",
  workforce_total: 12, workforce_bpjs: 10, artisans_over_50: 3, apprentices_under_25: 2,
  story: { id: "Bengkel keluarga sejak 1995.", en: "A family workshop since 1995." },
}

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

/** Uploads a seller document as multipart form data; returns the response, also for 4xx. */
export async function uploadDocument(api: Api, token: string, kind: string, bytes: Buffer, filename: string) {
  const form = new FormData()
  form.append("kind", kind)
  form.append("file", new Blob([new Uint8Array(bytes)]), filename)
  return api.post<DocumentUpload["data"]>("/sellers/me/documents", form, bearer(token)).catch((e: { response: DocumentUpload }) => e.response)
}

/** A complete listing body for POST /sellers/me/products. */
export const LISTING = {
  title: { id: "Kain Batik Tulis Jlamprang Uji", en: "Jlamprang Hand-drawn Batik Test Cloth" },
  description: { id: "Kain uji.", en: "A test cloth." },
  technique: "batik_tulis", dye_family: "natural", natural_dyes: ["indigofera"], fabric: "mori_primissima", form: "kain_panjang", motifs: ["jlamprang"],
  length_cm: 250, width_cm: 105,
  variants: [{ size: "250x105", prices: { idr: 1_500_000, usd: 95 }, stock: 2 }],
}
