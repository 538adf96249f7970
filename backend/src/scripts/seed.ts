import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
  createUserAccountWorkflow,
} from "@medusajs/medusa/core-flows"
import sharp from "sharp"
import { IMAGE_VARIANTS_KEY, isImitation, MEDUSA_LOCALE, NATURAL_DYES, REQUIRED_DOCUMENT_KINDS, SYNTHETIC_DYES, umkmScale } from "@canting/domain"
import { encodeVariants, IMAGE_INPUT, storeResponsiveImage, type StoredImage } from "../lib/uploads/responsive-image"
import { SELLER_MODULE } from "../modules/seller"
import type SellerModuleService from "../modules/seller/service"
import { seedCommerce } from "./seed/commerce"
import { provisionSellerShippingWorkflow } from "../workflows/seller/workflows/provision-seller-shipping"
import { DEMO_SELLERS, type DemoSeller } from "./seed/sellers"
import { seedDemoDocuments } from "./seed/documents"
import { DEMO_PRODUCTS, type DemoProduct } from "./seed/products"
import { demoDescription, demoTitle, demoUsd } from "./seed/copy"
import { drawBatik } from "./seed/patterns"
import { DEMO_ACCOUNTS } from "./seed/accounts"
import { seedCertifications } from "./seed/certifications"
import { seedTrainings } from "./seed/trainings"

const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")

/**
 * Seeds the demo marketplace once: regions, the storefront key, six demo sellers (each
 * with its own stock location, shipping profile and demo-rate shipping options) and their
 * products with drawn images and Indonesian/English copy. Does nothing when sellers already
 * exist, so a second `npm start` keeps the data as it is.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  if ((await sellers.listSellers({}, { take: 1 })).length) {
    logger.info("Demo data already present; nothing to seed.")
    return
  }

  logger.info("Seeding Canting demo data...")
  const { salesChannel } = await seedCommerce(container)

  const created = await sellers.createSellers(DEMO_SELLERS.map(demoSellerRow))
  const sellerByHandle = new Map(created.map((s) => [s.handle, s]))
  const statusOf = new Map(DEMO_SELLERS.map((s) => [s.handle, s.status]))
  // Each approved workshop ships from its own location with its own profile and demo-rate options
  // (what the operator's approval sets up), and its application's papers were accepted; a submitted
  // one's papers wait for review. A draft has uploaded nothing yet.
  const shippingBySeller = new Map<string, { location_id: string; profile_id: string }>()
  for (const seller of created) {
    const status = statusOf.get(seller.handle)
    if (status === "draft") continue
    await seedDemoDocuments(container, seller.id, REQUIRED_DOCUMENT_KINDS, status === "approved" ? "accepted" : "pending")
    if (status !== "approved") continue
    const { result } = await provisionSellerShippingWorkflow(container).run({ input: { seller_id: seller.id, name: seller.name } })
    shippingBySeller.set(seller.id, result)
  }
  const shippingOf = (handle: string) => shippingBySeller.get(sellerByHandle.get(handle)!.id)!
  await createTranslationsWorkflow(container).run({
    input: {
      translations: DEMO_SELLERS.flatMap((s) => !s.story ? [] : [{
        reference_id: sellerByHandle.get(s.handle)!.id, reference: "seller",
        locale_code: MEDUSA_LOCALE.en, translations: { story: s.story.en },
      }]),
    },
  })

  const images = await drawImages(container, DEMO_PRODUCTS)
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: DEMO_PRODUCTS.map((p, i) => {
        const title = demoTitle(p, "id")
        return {
          title,
          handle: `${slug(title)}-${i + 1}`,
          description: demoDescription(p, "id"),
          status: "published" as const,
          thumbnail: images[i].thumbnail,
          images: [productImage(images[i])],
          material: p.fabric,
          shipping_profile_id: shippingOf(p.seller).profile_id,
          sales_channels: [{ id: salesChannel.id }],
          metadata: {
            technique: p.technique, is_imitation: isImitation(p.technique), dye_family: p.dye,
            natural_dyes: p.dyes.filter((d) => (NATURAL_DYES as readonly string[]).includes(d)),
            synthetic_dyes: p.dyes.filter((d) => (SYNTHETIC_DYES as readonly string[]).includes(d)),
            fabric: p.fabric, form: p.form, motifs: [p.motif],
            length_cm: p.size[0], width_cm: p.size[1], demo: true,
          },
          options: [{ title: "Ukuran", values: ["Standar"] }],
          variants: [{
            title: "Standar",
            sku: `DEMO-${String(i + 1).padStart(3, "0")}`,
            options: { Ukuran: "Standar" },
            manage_inventory: true,
            prices: [
              { amount: p.price_idr, currency_code: "idr" },
              { amount: demoUsd(p.price_idr), currency_code: "usd" },
            ],
          }],
        }
      }),
    },
  })

  await link.create(products.map((product, i) => ({
    [SELLER_MODULE]: { seller_id: sellerByHandle.get(DEMO_PRODUCTS[i].seller)!.id },
    [Modules.PRODUCT]: { product_id: product.id },
  })))

  await createTranslationsWorkflow(container).run({
    input: {
      translations: products.filter((_, i) => DEMO_PRODUCTS[i].english).map((product) => {
        const demo = DEMO_PRODUCTS[products.indexOf(product)]
        return {
          reference_id: product.id, reference: "product", locale_code: MEDUSA_LOCALE.en,
          translations: { title: demoTitle(demo, "en"), description: demoDescription(demo, "en") },
        }
      }),
    },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"] })
  const stockBySku = new Map(DEMO_PRODUCTS.map((p, i) => [`DEMO-${String(i + 1).padStart(3, "0")}`, p]))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items
        .filter((item) => stockBySku.has(item.sku!))
        .map((item) => {
          const product = stockBySku.get(item.sku!)!
          return { inventory_item_id: item.id, location_id: shippingOf(product.seller).location_id, stocked_quantity: product.stock }
        }),
    },
  })

  await seedAccounts(container)
  await seedCertifications(container)
  await seedTrainings(container)
  logger.info(`Seeded ${created.length} demo sellers and ${products.length} demo products.`)
}

/**
 * Draws one cloth per product and stores it like a seller's upload: WebP in every responsive size
 * up to the drawing's own width. The drawing is rendered to pixels once, then each size is cut from them.
 */
async function drawImages(container: ExecArgs["container"], products: DemoProduct[]): Promise<StoredImage[]> {
  const stored: StoredImage[] = []
  for (const [i, p] of products.entries()) {
    const svg = drawBatik({ motif: p.motif, palette: p.palette, seed: i + 1, handmade: !isImitation(p.technique), label: "DEMO" })
    const { data, info } = await sharp(Buffer.from(svg), IMAGE_INPUT).raw().toBuffer({ resolveWithObject: true })
    const cloth = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    stored.push(await storeResponsiveImage(container, `demo-batik-${String(i + 1).padStart(3, "0")}`, await encodeVariants(cloth)))
  }
  return stored
}

/** A demo workshop as the seller module stores it: its application, a demo address, and its flags. */
function demoSellerRow({ story, identity, capacity, ...s }: DemoSeller) {
  const applied = s.status !== "draft"
  return {
    ...s, is_demo: true, email: `${s.handle}@demo.canting.test`, story: story?.id ?? null,
    ...(identity ? { ...identity, umkm_scale: umkmScale(identity.scale_basis, identity.declared_amount_idr) } : {}),
    // The model's json column is typed as an object; it holds the capacity list, as the profile form saves it.
    ...(capacity ? { capacity: capacity as unknown as Record<string, unknown> } : {}),
    ...(applied ? {
      street: `Jl. Sentra ${s.sentra} 1 (alamat demo)`, kelurahan: s.sentra, kecamatan: "(demo)",
      city: "Kota Pekalongan", province: "Jawa Tengah", postcode: "51100",
    } : {}),
  }
}

/** A demo product's picture as Medusa keeps it: the largest size, with every size in its metadata. */
const productImage = (image: StoredImage) => ({ url: image.url, metadata: { [IMAGE_VARIANTS_KEY]: image.variants } })

/** The demo operator (admin), shopper and workshop-owner accounts printed by `npm start`. */
async function seedAccounts(container: ExecArgs["container"]) {
  const auth = container.resolve(Modules.AUTH)
  const register = async (email: string, password: string) => {
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
    if (error || !authIdentity) throw new Error(`Could not create the demo account ${email}: ${error}`)
    return authIdentity.id
  }
  const { admin, shopper, seller, seller_submitted, seller_draft } = DEMO_ACCOUNTS
  // The owners of an approved, a submitted and a draft demo workshop can sign in to the seller portal (actor type `seller`).
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  for (const login of [seller, seller_submitted, seller_draft]) {
    const [workshop] = await sellers.listSellers({ handle: login.handle })
    const owner = await sellers.createSellerMembers({ email: login.email, name: workshop.owner_name ?? "Pemilik Demo", role: "owner", seller_id: workshop.id })
    const identity = await register(login.email, login.password)
    await auth.updateAuthIdentities({ id: identity, app_metadata: { seller_id: owner.id } })
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: await register(admin.email, admin.password), userData: { email: admin.email, first_name: "Operator", last_name: "Demo" } },
  })
  await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: await register(shopper.email, shopper.password),
      customerData: { email: shopper.email, first_name: "Pembeli", last_name: "Demo" },
    },
  })
}
