import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BATIKMARK_TYPE_BY_TECHNIQUE, certificateIntegrityErrors, type CertScheme, type Technique } from "@canting/domain"
import { SELLER_MODULE } from "../../modules/seller"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"

const DAY = 86_400_000
const date = (days: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) + days * DAY)

type DemoCert = {
  seller: string
  /** A product of this seller with this technique, or the workshop itself. */
  product_technique?: Technique
  scheme: CertScheme
  number: string
  standard?: string
  issued: number
  expires: number | null
  verified: boolean
}

/**
 * Demo certificates: every issuer says "DEMO", every number starts with "DEMO-", none is a real
 * certificate and no document of theirs was checked, so none records a verification method: the
 * public badge says "demo certificate, no real document was checked", never "verified by Canting".
 * The "verified" ones show the verified and expiring-soon badges (as demos); the pending one is a
 * seller's claim waiting for the operator's check, seen only in the portal and the admin queue.
 */
/** A demo seller as the seed reads it, with its products' technique. */
type SeedSeller = { id: string; handle: string; products?: ({ id: string; metadata?: Record<string, unknown> | null } | null)[] | null }

const DEMO_CERTS: DemoCert[] = [
  { seller: "jenggot-alam-demo", scheme: "ipal_effluent_test", number: "DEMO-IPAL-0001", issued: -60, expires: 300, verified: true },
  { seller: "sekar-kauman-demo", product_technique: "batik_tulis", scheme: "batikmark", number: "DEMO-BM-0001", standard: "SNI 8302:2016/Amd.1:2019", issued: -200, expires: 900, verified: true },
  { seller: "sekar-kauman-demo", scheme: "ipal_effluent_test", number: "DEMO-IPAL-0002", issued: -320, expires: 40, verified: true },
  { seller: "cap-pesindon-demo", product_technique: "batik_cap", scheme: "batikmark", number: "DEMO-BM-0002", issued: -30, expires: 1000, verified: false },
  { seller: "banyurip-indigo-demo", scheme: "sih_industri_hijau_batik", number: "DEMO-SIH-0001", standard: "SIH 13134:2023", issued: -100, expires: 700, verified: true },
]

const ISSUER: Partial<Record<CertScheme, string>> = {
  // No real institution is named as the issuer of a certificate that does not exist.
  batikmark: "DEMO — penerbit contoh Batikmark (bukan sertifikat asli) / example issuer (not a real certificate)",
  ipal_effluent_test: "DEMO — laboratorium contoh (bukan laporan asli) / example laboratory (not a real report)",
  sih_industri_hijau_batik: "DEMO — LSIH contoh (bukan sertifikat asli) / example certification body (not a real certificate)",
}

/** Seeds the demo certificates above, with their links and history. Called once by seed.ts. */
export async function seedCertifications(container: ExecArgs["container"]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const certs = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const { data: sellers } = await query.graph({ entity: "seller", fields: ["id", "handle", "products.id", "products.metadata"], filters: { handle: DEMO_CERTS.map((c) => c.seller) } })
  const byHandle = new Map((sellers as SeedSeller[]).map((s) => [s.handle, s]))
  let count = 0
  for (const demo of DEMO_CERTS) {
    const seller = byHandle.get(demo.seller)
    if (!seller) continue
    const product = demo.product_technique ? (seller.products ?? []).find((p) => p?.metadata?.technique === demo.product_technique) : null
    if (demo.product_technique && !product) continue
    const claim = {
      scheme: demo.scheme, subject_type: (product ? "product" : "seller") as "product" | "seller",
      batikmark_type: demo.scheme === "batikmark" ? BATIKMARK_TYPE_BY_TECHNIQUE[demo.product_technique!] : null,
      issued_at: date(demo.issued), expires_at: demo.expires === null ? null : date(demo.expires),
    }
    if (certificateIntegrityErrors({ ...claim, technique: demo.product_technique }).length) throw new Error(`Demo certificate ${demo.number} breaks an integrity rule`)
    const cert = await certs.createCertificates({
      ...claim, subject_id: product?.id ?? seller.id, issuer: ISSUER[demo.scheme] ?? "DEMO", number: demo.number, standard: demo.standard ?? null,
      status: demo.verified ? "verified" : "pending", verification_method: null,
      reviewed_at: demo.verified ? new Date() : null, reviewed_by: demo.verified ? "seed" : null,
      notes: "Sertifikat demo: tidak ada berkas bukti asli. / Demo certificate: no real evidence file.", is_demo: true,
    })
    await certs.createCertificateEvents([
      { certificate_id: cert.id, from_status: null, to_status: "pending", actor_type: "seller", actor_id: "seed", note: "DEMO" },
      ...(demo.verified ? [{
        certificate_id: cert.id, from_status: "pending" as const, to_status: "verified" as const, actor_type: "user", actor_id: "seed", method: null,
        note: "DEMO: tidak ada dokumen asli yang diperiksa. / DEMO: no real document was checked.",
      }] : []),
    ])
    await link.create([
      { [SELLER_MODULE]: { seller_id: seller.id }, [CERTIFICATION_MODULE]: { certificate_id: cert.id } },
      ...(product ? [{ [Modules.PRODUCT]: { product_id: product.id }, [CERTIFICATION_MODULE]: { certificate_id: cert.id } }] : []),
    ])
    count++
  }
  return count
}
