import type { MedusaContainer } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { envVar, type EnvSource } from "../../env"

/** URL prefixes of a file host only the platform writes to (CANTING_FILE_HOST, comma-separated), e.g. a CDN. */
export function trustedFileHosts(source?: EnvSource): string[] {
  return envVar("CANTING_FILE_HOST", source)
}

/**
 * The URLs among `urls` a seller may not show: an image must have been issued to this seller by
 * POST /sellers/me/uploads (`/static/<key>` for local files, see relativeFileUrl), already be on the
 * record being edited (`held`: e.g. the demo photos the seed stored) or sit under a trusted file host.
 * URLs are compared exactly: `https://elsewhere/static/<key>` is not the file we issued as `/static/<key>`.
 */
export async function unissuedImageUrls(scope: MedusaContainer, sellerId: string, urls: string[], held: string[] = []): Promise<Set<string>> {
  const hosts = trustedFileHosts()
  const open = [...new Set(urls)].filter((u) => !held.includes(u) && !hosts.some((h) => u.startsWith(h)))
  if (!open.length) return new Set()
  const issued = await scope.resolve<SellerModuleService>(SELLER_MODULE).listSellerUploads({ seller_id: sellerId, url: open }, { select: ["url"] })
  const known = new Set(issued.map((u) => u.url))
  return new Set(open.filter((u) => !known.has(u)))
}
