import type { MedusaContainer, ProductDTO, UpsertProductImageDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { IMAGE_VARIANTS_KEY } from "@canting/domain"
import { relativeFileUrl } from "../lib/uploads/file-urls"
import { SELLER_MODULE } from "../modules/seller"
import type SellerModuleService from "../modules/seller/service"

type Metadata = Record<string, unknown> | null | undefined

const PAGE = 200

/**
 * Pictures stored before URLs were kept relative carry the host and port the backend ran on when
 * they were uploaded or seeded (`http://localhost:9000/static/<key>`), and break as soon as the demo
 * runs elsewhere. Rewrites every local-provider URL to `/static/<key>` (relativeFileUrl) in product
 * thumbnails and images (their variants too), seller logos and banners and seller uploads, once,
 * when the database is migrated. S3 and other absolute URLs stay; a second run finds nothing to do.
 */
export default async function relativeImageUrls({ container }: { container: MedusaContainer }) {
  const products = await rewriteProducts(container)
  const sellers = await rewriteSellers(container)
  const uploads = await rewriteUploads(container)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Image URLs made relative: ${products} products, ${sellers} sellers, ${uploads} uploads`)
}

/** A variants list with each URL made relative; the very same value when none changes. */
function relativeVariants(list: unknown): unknown {
  if (!Array.isArray(list)) return list
  let changed = false
  const out = list.map((v: unknown) => {
    if (!v || typeof v !== "object" || typeof (v as { url?: unknown }).url !== "string") return v
    const url = relativeFileUrl((v as { url: string }).url)
    if (url === (v as { url: string }).url) return v
    changed = true
    return { ...v, url }
  })
  return changed ? out : list
}

function relativeMetadata(metadata: Metadata): Metadata {
  if (!metadata) return metadata
  const variants = relativeVariants(metadata[IMAGE_VARIANTS_KEY])
  return variants === metadata[IMAGE_VARIANTS_KEY] ? metadata : { ...metadata, [IMAGE_VARIANTS_KEY]: variants }
}

/** The update that makes one product's picture URLs relative, or null when they already are. */
function productUpdate(product: ProductDTO): { thumbnail: string | null; images: UpsertProductImageDTO[] } | null {
  // Medusa ranks images by their order in an update: keep the order the product shows them in.
  const images = [...(product.images ?? [])].sort((a, b) => a.rank - b.rank)
  const rewritten = images.map((img) => ({ id: img.id, url: relativeFileUrl(img.url), metadata: relativeMetadata(img.metadata) }))
  const thumbnail = product.thumbnail ? relativeFileUrl(product.thumbnail) : null
  const changed = thumbnail !== (product.thumbnail ?? null) || rewritten.some((r, i) => r.url !== images[i].url || r.metadata !== images[i].metadata)
  if (!changed) return null
  return { thumbnail, images: rewritten.map(({ id, url, metadata }) => ({ id, url, ...(metadata ? { metadata } : {}) })) }
}

async function rewriteProducts(container: MedusaContainer): Promise<number> {
  const service = container.resolve(Modules.PRODUCT)
  let changed = 0
  for (let skip = 0; ; skip += PAGE) {
    const page = await service.listProducts({}, { select: ["id", "thumbnail"], relations: ["images"], order: { id: "ASC" }, skip, take: PAGE })
    for (const product of page) {
      const update = productUpdate(product)
      if (!update) continue
      await service.updateProducts(product.id, update)
      changed++
    }
    if (page.length < PAGE) return changed
  }
}

async function rewriteSellers(container: MedusaContainer): Promise<number> {
  const service = container.resolve<SellerModuleService>(SELLER_MODULE)
  const sellers = await service.listSellers({}, { select: ["id", "logo_url", "banner_url"], take: null })
  const relative = (url: string | null) => (url ? relativeFileUrl(url) : url)
  const updates = sellers
    .filter((s) => relative(s.logo_url) !== s.logo_url || relative(s.banner_url) !== s.banner_url)
    .map((s) => ({ id: s.id, logo_url: relative(s.logo_url), banner_url: relative(s.banner_url) }))
  if (updates.length) await service.updateSellers(updates)
  return updates.length
}

async function rewriteUploads(container: MedusaContainer): Promise<number> {
  const service = container.resolve<SellerModuleService>(SELLER_MODULE)
  const uploads = await service.listSellerUploads({}, { select: ["id", "url", "variants"], take: null })
  const updates = uploads.flatMap((u) => {
    const url = relativeFileUrl(u.url)
    const variants = relativeVariants(u.variants)
    return url === u.url && variants === u.variants ? [] : [{ id: u.id, url, variants: variants as Record<string, unknown> | null }]
  })
  if (updates.length) await service.updateSellerUploads(updates)
  return updates.length
}
