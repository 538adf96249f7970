import { sdk } from "./sdk"
import type { ListSellersResponse, SellerStatus } from "./sellers"

export interface ProductSeller {
  id: string
  name: string
  handle: string
  status: SellerStatus
}

/** `undefined` seller = the backend could not say which seller owns the product. */
export interface ProductSellerResult {
  seller: ProductSeller | null | undefined
}

const SELLER_FIELDS = "id,seller.id,seller.name,seller.handle,seller.status"

/**
 * The seller of a product, read through the seller ↔ product link on the core admin product
 * route. If that route refuses the link fields, falls back to `GET /admin/sellers?product_id=`.
 */
export async function retrieveProductSeller(productId: string): Promise<ProductSellerResult> {
  try {
    const { product } = await sdk.client.fetch<{ product: { seller?: ProductSeller | null } }>(
      `/admin/products/${encodeURIComponent(productId)}`,
      { query: { fields: SELLER_FIELDS } }
    )
    return { seller: product.seller ?? null }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) throw error
  }
  const { sellers, count } = await sdk.client.fetch<ListSellersResponse>("/admin/sellers", {
    query: { product_id: productId, limit: 1, offset: 0 },
  })
  // A product has at most one seller: more matches mean the filter was ignored.
  if (count > 1) return { seller: undefined }
  const first = sellers[0]
  return { seller: first ? { id: first.id, name: first.name, handle: first.handle, status: first.status } : null }
}
