import "server-only";
import { cache } from "react";
import type { Locale } from "@canting/domain";
import { toProduct, toProductSummaries } from "@/lib/adapter";
import type { Product, ProductPage } from "@/lib/types";
import { getRegion } from "./regions";
import { read } from "@/lib/http/medusa";

const PRODUCT_FIELDS = "*variants.calculated_price,+metadata,*seller";
/** The product page also needs each image's metadata: its WebP variants for `srcset` (`*images` is every column). */
const PRODUCT_DETAIL_FIELDS = `${PRODUCT_FIELDS},*images`;

type StoreProductList = { products: unknown[]; count: number };

/** A page of products priced in the locale's region; `ids` narrows to those products. */
export async function listProducts(
  locale: Locale,
  { limit = 12, offset = 0, ids }: { limit?: number; offset?: number; ids?: string[] } = {},
): Promise<ProductPage> {
  if (ids && ids.length === 0) return { products: [], count: 0 };
  const region = await getRegion(locale);
  const { products, count } = await read<StoreProductList>("/store/products", locale, {
    region_id: region.id,
    fields: PRODUCT_FIELDS,
    limit: ids ? ids.length : limit,
    offset: ids ? 0 : offset,
    ...(ids ? { id: ids } : {}),
  });
  return { products: toProductSummaries(products), count: count ?? products.length };
}

/** One product by handle, or null when no such product is published. Deduped per request. */
export const retrieveProduct = cache(async (locale: Locale, handle: string): Promise<Product | null> => {
  const region = await getRegion(locale);
  const { products } = await read<StoreProductList>("/store/products", locale, {
    region_id: region.id,
    fields: PRODUCT_DETAIL_FIELDS,
    handle,
    limit: 1,
  });
  return products.length > 0 ? toProduct(products[0]) : null;
});
