import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { isTextileHsCode, type DocumentKind, type TrainingLevel } from "@canting/domain"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import { TRAINING_MODULE } from "../../modules/training"
import type TrainingModuleService from "../../modules/training/service"
import { refreshReadiness } from "../../workflows/readiness/refresh"
import { seedDemoDocuments } from "./documents"

/**
 * Demo export-readiness data, so the demo shows all three bands (checked by demo-seed-truth.spec):
 * Batik Sekar Kauman (Demo) export-ready, Rumah Cap Pesindon (Demo) with strong export answers, the
 * others with only their application's identity and papers. The programmes are fictitious:
 * no real organiser or event is named (a real one never ran them), only the programme KIND is a real
 * category (domain-batik.md §6.4). A programme has one name, shown as is in both languages, so each
 * is written "Indonesian / English" and says "demo". Every number starts with "DEMO-", and the identity
 * numbers are fictional (999… is not a real NIB or NPWP).
 */
const ORGANISER = "Penyelenggara pelatihan demo / Demo training organiser"
const PROGRAMS = [
  { key: "ecp", kind: "ppei_export_coaching_program", name: "Pendampingan ekspor (demo) / Export coaching (demo)", organiser: ORGANISER, city: "Kota Pekalongan", year: 2024 },
  { key: "dinas", kind: "dinas_pekalongan_export_training", name: "Pelatihan ekspor kota (demo) / City export training (demo)", organiser: ORGANISER, city: "Kota Pekalongan", year: 2025 },
  { key: "short", kind: "ppei_short_course", name: "Kursus singkat ekspor (demo) / Short export course (demo)", organiser: ORGANISER, city: "Kota Pekalongan", year: 2025 },
  { key: "digital", kind: "digital_marketing_training", name: "Pemasaran digital (demo) / Digital marketing (demo)", organiser: ORGANISER, city: "Kota Pekalongan", year: 2025 },
  { key: "fair", kind: "exhibition", name: "Pameran batik (demo) / Batik fair (demo)", organiser: "Penyelenggara pameran demo / Demo fair organiser", city: "Kota Pekalongan", year: 2025 },
] as const

type DemoReadiness = {
  handle: string
  export_profile: Record<string, unknown>
  /** Papers beyond the application's own (NIB, NPWP, KTP, seeded with the workshop) that the operator accepted. */
  documents: DocumentKind[]
  awards: { program: (typeof PROGRAMS)[number]["key"]; level: TrainingLevel; number: string }[]
  /** Pending claims for the operator's queue. */
  claims?: { program: (typeof PROGRAMS)[number]["key"]; level: TrainingLevel; number: string }[]
  /** A demo SNI batik certificate on the seller's first batik tulis product. */
  sni?: boolean
}

const DEMO_READINESS: DemoReadiness[] = [
  {
    handle: "sekar-kauman-demo",
    export_profile: { cross_border_payment: true, knows_ska: true, sample_days: 10, moq_and_tiers: true, incoterm_quote: true, export_experience: "direct_sample", trade_fair: true },
    documents: ["trademark", "bpjs"],
    awards: [
      { program: "ecp", level: "graduate", number: "DEMO-ECP-0001" },
      { program: "digital", level: "completed", number: "DEMO-DIG-0001" },
      { program: "fair", level: "participant", number: "DEMO-PMR-0001" },
    ],
    sni: true,
  },
  {
    handle: "cap-pesindon-demo",
    export_profile: { cross_border_payment: true, knows_ska: true, sample_days: 7, moq_and_tiers: true, incoterm_quote: true, export_experience: "indirect", trade_fair: false },
    documents: [],
    awards: [{ program: "short", level: "completed", number: "DEMO-PSC-0001" }],
    claims: [{ program: "dinas", level: "completed", number: "DEMO-DIN-0001" }],
  },
  {
    handle: "jenggot-alam-demo",
    export_profile: { sample_days: 30, export_experience: "none" },
    documents: [],
    awards: [],
    claims: [{ program: "dinas", level: "participant", number: "DEMO-DIN-0002" }],
  },
]

/** HS subheadings from domain-batik.md §4.1 for the demo forms: printed cotton cloth and woven silk shawls. */
const HS_BY_FORM: Record<string, string> = { kain_panjang: "520852", sarung: "520852", selendang: "621410" }
const FIBRE_BY_FABRIC = (fabric?: string) => (fabric === "sutera" ? "silk" : "cotton")

/** Seeds the demo programmes, badges, export answers, accepted documents and listing specs, then scores every seller. */
export async function seedTrainings(container: ExecArgs["container"]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const training = container.resolve<TrainingModuleService>(TRAINING_MODULE)
  const products = container.resolve(Modules.PRODUCT)

  const programs = new Map<string, string>()
  for (const p of PROGRAMS) {
    const created = await training.createTrainingPrograms({
      kind: p.kind, name: p.name, organiser: p.organiser, city: p.city, starts_at: new Date(Date.UTC(p.year, 4, 1)), created_by: "seed", is_demo: true,
    })
    programs.set(p.key, created.id)
  }

  const { data: found } = await query.graph({
    entity: "seller", fields: ["id", "handle", "products.id", "products.metadata"], filters: { handle: DEMO_READINESS.map((d) => d.handle) },
  })
  const byHandle = new Map((found as SeedSeller[]).map((s) => [s.handle, s]))
  for (const demo of DEMO_READINESS) {
    const seller = byHandle.get(demo.handle)
    if (!seller) continue
    await sellers.updateSellers({ id: seller.id, export_profile: demo.export_profile })
    await seedDemoDocuments(container, seller.id, demo.documents, "accepted")
    // Export spec on the listings: fibre composition from the fabric, and the HS subheading where §4.1 gives one.
    for (const p of (seller.products ?? []).filter((p): p is NonNullable<typeof p> => Boolean(p))) {
      const m = (p.metadata ?? {}) as { form?: string; fabric?: string } & Record<string, unknown>
      const hs = m.form ? HS_BY_FORM[m.form] : undefined
      await products.updateProducts(p.id, {
        metadata: { ...m, fibre_composition: [{ fibre: FIBRE_BY_FABRIC(m.fabric), percent: 100 }], ...(hs && isTextileHsCode(hs) ? { hs_code: hs } : {}) },
      })
    }
    const grant = async (a: { program: string; level: TrainingLevel; number: string }, verified: boolean) => {
      const award = await training.createTrainingAwards({
        seller_id: seller.id, program_id: programs.get(a.program)!, level: a.level, certificate_number: a.number,
        verification: verified ? "verified" : "pending", source: verified ? "operator" : "seller_claim",
        reviewed_at: verified ? new Date() : null, reviewed_by: verified ? "seed" : null, is_demo: true,
      })
      await training.createTrainingAwardEvents({ award_id: award.id, from_state: null, to_state: award.verification, actor_type: "seed", actor_id: "seed", note: "DEMO" })
      await link.create({ [SELLER_MODULE]: { seller_id: seller.id }, [TRAINING_MODULE]: { training_award_id: award.id } })
    }
    for (const a of demo.awards) await grant(a, true)
    for (const a of demo.claims ?? []) await grant(a, false)
    if (demo.sni) await seedDemoSni(container, seller)
  }

  const all = await sellers.listSellers({}, { select: ["id"] })
  for (const s of all) await refreshReadiness(container, s.id)
}

/** A demo seller as the seed reads it, with its products. */
type SeedSeller = { id: string; handle: string; products?: ({ id: string; metadata?: Record<string, unknown> | null } | null)[] | null }

/** One demo SNI batik product certificate ("DEMO-" number, issuer says it is not real), verified, with its links. */
async function seedDemoSni(container: ExecArgs["container"], seller: SeedSeller) {
  const product = (seller.products ?? []).find((p) => p?.metadata?.technique === "batik_tulis")
  if (!product) return
  const certs = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const cert = await certs.createCertificates({
    scheme: "sni_sppt_batik", subject_type: "product", subject_id: product.id, issuer: "DEMO — LSPro (contoh, bukan sertifikat asli)",
    number: "DEMO-SNI-0001", status: "verified", verification_method: null, is_demo: true,
    issued_at: new Date(Date.now() - 100 * 86_400_000), expires_at: new Date(Date.now() + 900 * 86_400_000),
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create([
    { [SELLER_MODULE]: { seller_id: seller.id }, [CERTIFICATION_MODULE]: { certificate_id: cert.id } },
    { [Modules.PRODUCT]: { product_id: product.id }, [CERTIFICATION_MODULE]: { certificate_id: cert.id } },
  ])
}
