import type { ExecArgs, LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { BATIKMARK_TYPE_BY_TECHNIQUE, MEDUSA_LOCALE, NATURAL_DYES, SYNTHETIC_DYES, isImitation } from "@canting/domain"
import { SELLER_MODULE } from "../modules/seller"
import type SellerModuleService from "../modules/seller/service"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { refreshReadiness } from "../workflows/readiness/refresh"
import { provisionSellerShippingWorkflow } from "../workflows/seller/workflows/provision-seller-shipping"
import { seedCommerce } from "./seed/commerce"
import { demoDescription, demoTitle, demoUsd } from "./seed/copy"
import { benchProducts, benchSellers } from "./seed/bench-spec"
import { envVars } from "../env"

type CertificateRow = Parameters<CertificationModuleService["createCertificates"]>[0][number]

/**
 * Generated benchmark catalog (bench/generate-catalog.mjs runs this with `medusa exec` on a
 * dedicated database): BENCH_SELLERS approved sellers and BENCH_PRODUCTS products with a spread of
 * techniques, dyes, motifs, fabrics, forms, prices, stock and eco certificates. Every name, number
 * and certificate says it is generated benchmark data; nothing here describes a real workshop.
 * Deterministic (seeded random), so two runs make the same catalog.
 */

const BENCH_NOTE_ID = "Data benchmark buatan generator: penjual, harga dan stok fiktif."
const BENCH_NOTE_EN = "Generated benchmark data: the seller, price and stock are fictional."

const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
const seconds = (t0: number) => ((Date.now() - t0) / 1000).toFixed(1)
const DAY = 86_400_000

export default async function benchCatalog({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const sellersModule = container.resolve<SellerModuleService>(SELLER_MODULE)
  const env = envVars(["BENCH_PRODUCTS", "BENCH_SELLERS", "BENCH_BATCH", "BENCH_QUIET"])
  const PRODUCTS = env.BENCH_PRODUCTS
  const SELLERS = env.BENCH_SELLERS
  const BATCH = env.BENCH_BATCH
  const say = (m: string) => (env.BENCH_QUIET ? logger.info(m) : console.log(`[bench] ${m}`))

  if ((await sellersModule.listSellers({}, { take: 1 })).length) throw new Error("This database already holds sellers: the benchmark catalog needs a fresh database.")
  // A bulk import, not live traffic: no event reaches a subscriber while the catalog is made (each product
  // would otherwise refresh its seller's readiness and try the search index one by one). The catalog is
  // indexed once at the end (`src/scripts/reindex.ts`) and readiness computed once per seller below.
  const eventBus = container.resolve(Modules.EVENT_BUS) as unknown as Record<string, unknown>
  for (const method of ["emit", "groupEvent", "releaseGroupedEvents", "clearGroupedEvents"]) if (typeof eventBus[method] === "function") eventBus[method] = async () => {}

  const t0 = Date.now()
  const { salesChannel } = await seedCommerce(container)

  let t = Date.now()
  const sellerSpecs = benchSellers(SELLERS)
  const sellers: { id: string }[] = await sellersModule.createSellers(sellerSpecs.map((s, i) => ({
    handle: s.handle, name: s.name, status: "approved" as const, sentra: s.sentra, techniques: s.techniques,
    city: "Kota Pekalongan", province: "Jawa Tengah", email: `${s.handle}@bench.canting.test`, is_demo: true,
    story: `Toko benchmark buatan generator, bukan usaha batik nyata. / A generated benchmark shop, not a real workshop.`,
    founded_year: 1980 + (i % 45), workforce_total: 3 + (i % 30), workforce_bpjs: s.export_ready_profile ? 3 + (i % 30) : i % 3,
    apprentices_under_25: i % 6,
    // Placeholder identity for the export-profile fifth: all-zero numbers that only fit the format checks.
    ...(s.export_ready_profile ? { nib: `0000000000${String(i + 1).padStart(3, "0")}`, npwp: `0000000000000${String(i + 1).padStart(3, "0")}`, kbli: ["13134"] } : {}),
    wastewater_method: s.eco ? "communal_ipal" as const : s.export_ready_profile ? "own_ipal" as const : "none" as const,
    // A JSON column, typed by Medusa as an object: it holds the rows as an array (as seed/trainings.ts does).
    capacity: s.export_ready_profile ? s.techniques.map((technique) => ({ technique, units_per_month: 40, lead_time_days: 21 })) as unknown as Record<string, unknown> : null,
    export_profile: s.export_ready_profile
      ? { cross_border_payment: true, knows_ska: true, sample_days: 14, moq_and_tiers: true, incoterm_quote: true, export_experience: "direct_sample", trade_fair: true }
      : null,
  })))
  const sellerIds = sellers.map((s) => s.id)
  // Their NIB and NPWP papers count as reviewed (no file behind them: benchmark data).
  await sellersModule.createSellerDocuments(sellerSpecs.flatMap((s, i) => s.export_ready_profile
    ? (["nib", "npwp"] as const).map((kind) => ({
      seller_id: sellerIds[i], kind, file_id: "bench-no-file", filename: `BENCHMARK-${kind}-no-file.pdf`, mime_type: "application/pdf", size: 0,
      review_state: "accepted" as const, reviewed_by: "bench", reviewed_at: new Date(),
    }))
    : []))
  say(`${sellers.length} sellers in ${seconds(t)} s`)

  // Like every approved workshop, each ships from its own location with its own profile (the same workflow
  // the operator's approval runs), so the benchmark catalog has the real shape.
  t = Date.now()
  const shipping: { location_id: string; profile_id: string }[] = []
  for (const [i, seller] of sellers.entries()) {
    const { result } = await provisionSellerShippingWorkflow(container).run({ input: { seller_id: seller.id, name: sellerSpecs[i].name } })
    shipping.push(result)
  }
  say(`${sellers.length} stock locations, shipping profiles and options in ${seconds(t)} s`)

  const specs = benchProducts(PRODUCTS, sellerSpecs)
  const productIds: string[] = []
  t = Date.now()
  for (let start = 0; start < specs.length; start += BATCH) {
    const slice = specs.slice(start, start + BATCH)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: slice.map((p, j) => {
          const i = start + j
          const title = `${demoTitle(p, "id")} · B${String(i + 1).padStart(5, "0")}`
          return {
            title,
            handle: `${slug(title)}`,
            description: `${demoDescription(p, "id")} ${BENCH_NOTE_ID}`,
            status: "published" as const,
            material: p.fabric,
            shipping_profile_id: shipping[p.seller_index].profile_id,
            sales_channels: [{ id: salesChannel.id }],
            metadata: {
              technique: p.technique, is_imitation: isImitation(p.technique), dye_family: p.dye,
              natural_dyes: p.dyes.filter((d) => (NATURAL_DYES as readonly string[]).includes(d)),
              synthetic_dyes: p.dyes.filter((d) => (SYNTHETIC_DYES as readonly string[]).includes(d)),
              fabric: p.fabric, form: p.form, motifs: p.motifs,
              length_cm: p.size[0], width_cm: p.size[1], demo: true, bench: true,
            },
            options: [{ title: "Ukuran", values: ["Standar"] }],
            variants: [{
              title: "Standar", sku: `BENCH-${String(i + 1).padStart(5, "0")}`, options: { Ukuran: "Standar" }, manage_inventory: true,
              prices: [{ amount: p.price_idr, currency_code: "idr" }, { amount: demoUsd(p.price_idr), currency_code: "usd" }],
            }],
          }
        }),
      },
    })
    productIds.push(...result.map((p) => p.id))
    await link.create(result.map((product, j) => ({
      [SELLER_MODULE]: { seller_id: sellerIds[slice[j].seller_index] },
      [Modules.PRODUCT]: { product_id: product.id },
    })))
    await createTranslationsWorkflow(container).run({
      input: {
        translations: result.map((product, j) => ({
          reference_id: product.id, reference: "product", locale_code: MEDUSA_LOCALE.en,
          translations: {
            title: `${demoTitle(slice[j], "en")} · B${String(start + j + 1).padStart(5, "0")}`,
            description: `${demoDescription(slice[j], "en")} ${BENCH_NOTE_EN}`,
          },
        })),
      },
    })
    const variantIds = result.flatMap((p) => (p.variants ?? []).map((v) => v.id))
    const { data } = await query.graph({ entity: "variant", fields: ["sku", "inventory_items.inventory_item_id"], filters: { id: variantIds } })
    // Typed here, not by Medusa's generated query types, which exist only after a build.
    const variants = data as { sku?: string | null; inventory_items?: ({ inventory_item_id: string } | null)[] | null }[]
    const stockBySku = new Map(slice.map((p, j) => [`BENCH-${String(start + j + 1).padStart(5, "0")}`, p.stock]))
    const locationBySku = new Map(slice.map((p, j) => [`BENCH-${String(start + j + 1).padStart(5, "0")}`, shipping[p.seller_index].location_id]))
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: variants.flatMap((v) => (v.inventory_items ?? []).flatMap((ii) => (ii && v.sku ? [{
          inventory_item_id: ii.inventory_item_id, location_id: locationBySku.get(v.sku)!, stocked_quantity: stockBySku.get(v.sku) ?? 0,
        }] : []))),
      },
    })
    const done = Math.min(start + BATCH, specs.length)
    say(`products ${done}/${specs.length} (${(done / ((Date.now() - t) / 1000)).toFixed(0)}/s)`)
  }
  say(`${productIds.length} products in ${seconds(t)} s`)

  // Benchmark certificates: wastewater tests and green-industry certificates for some sellers, Batikmark
  // for some of their hand-made pieces. Every number starts with BENCH- and every issuer says so.
  t = Date.now()
  const certs = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate())
  const certRows: { row: CertificateRow; seller: string; product?: string }[] = []
  sellerSpecs.forEach((s, i) => {
    if (!s.eco) return
    const scheme = s.eco === "ipal" ? "ipal_effluent_test" : "sih_industri_hijau_batik"
    certRows.push({
      seller: sellerIds[i],
      row: {
        scheme, subject_type: "seller", subject_id: sellerIds[i], batikmark_type: null,
        issued_at: new Date(today - 60 * DAY), expires_at: new Date(today + 300 * DAY),
        issuer: "BENCHMARK — data buatan generator (bukan penerbit nyata)", number: `BENCH-${s.eco.toUpperCase()}-${String(i + 1).padStart(4, "0")}`,
        status: "verified", verification_method: "document_inspection", reviewed_at: new Date(), reviewed_by: "bench",
        notes: "Sertifikat benchmark: fiktif. / Benchmark certificate: fictional.", is_demo: true,
      },
    })
  })
  specs.forEach((p, i) => {
    const type = BATIKMARK_TYPE_BY_TECHNIQUE[p.technique]
    if (!type || i % 25 !== 0) return
    certRows.push({
      seller: sellerIds[p.seller_index], product: productIds[i],
      row: {
        scheme: "batikmark", subject_type: "product", subject_id: productIds[i], batikmark_type: type,
        issued_at: new Date(today - 100 * DAY), expires_at: new Date(today + 900 * DAY),
        issuer: "BENCHMARK — data buatan generator (bukan penerbit nyata)", number: `BENCH-BM-${String(i + 1).padStart(5, "0")}`,
        status: "verified", verification_method: "document_inspection", reviewed_at: new Date(), reviewed_by: "bench",
        notes: "Sertifikat benchmark: fiktif. / Benchmark certificate: fictional.", is_demo: true,
      },
    })
  })
  const created = await certs.createCertificates(certRows.map((c) => c.row))
  await link.create(created.flatMap((cert, k): LinkDefinition[] => [
    { [SELLER_MODULE]: { seller_id: certRows[k].seller }, [CERTIFICATION_MODULE]: { certificate_id: cert.id } },
    ...(certRows[k].product ? [{ [Modules.PRODUCT]: { product_id: certRows[k].product }, [CERTIFICATION_MODULE]: { certificate_id: cert.id } }] : []),
  ]))
  say(`${created.length} benchmark certificates in ${seconds(t)} s`)

  // Readiness bands, computed by the real rubric from what the sellers now hold.
  t = Date.now()
  const bands: Record<string, number> = {}
  for (let i = 0; i < sellerIds.length; i += 8) {
    const out = await Promise.all(sellerIds.slice(i, i + 8).map((id) => refreshReadiness(container, id)))
    for (const { assessment } of out) bands[assessment.band] = (bands[assessment.band] ?? 0) + 1
  }
  say(`readiness computed in ${seconds(t)} s: ${JSON.stringify(bands)}`)
  say(`catalog ready in ${seconds(t0)} s`)
}
