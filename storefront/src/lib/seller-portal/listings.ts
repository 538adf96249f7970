import {
  DYE_FAMILIES, FABRICS, LISTING_STATUSES, MOTIFS, NATURAL_DYES, PRODUCT_FORMS, SYNTHETIC_DYES, TECHNIQUES,
  type DyeFamily, type ListingStatus, type Fabric, type Motif, type NaturalDye, type ProductForm, type SyntheticDye, type Technique,
} from "@canting/domain";
import { toMoreFacts, type MoreFacts } from "@/lib/product-facts";
import { str, type Raw } from "@/lib/read";

export { LISTING_STATUSES, type ListingStatus };

/** Largest image and most images `POST /sellers/me/uploads` accepts. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGES = 12;
export const IMAGE_ACCEPT = ".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp";

/** A quantity break: from `minQuantity` up to `maxQuantity` (null: and more), unit price per currency. */
export type ListingTier = { minQuantity: number; maxQuantity: number | null; idr: number | null; usd: number | null };

export type ListingVariant = {
  id: string;
  title: string;
  sku: string | null;
  /** The variant's own price (any quantity no tier covers). */
  priceIdr: number | null;
  priceUsd: number | null;
  stock: number | null;
  /** Price tiers, smallest quantity first. */
  tiers: ListingTier[];
};

/** Sold wholesale from a minimum order, and the stock level at which the seller is told. */
export type ListingTrade = { wholesale: boolean; minOrderQuantity: number | null; lowStockThreshold: number | null };

/** One of the signed-in seller's listings, drafts included, as the portal shows it. */
export type SellerListing = {
  id: string;
  handle: string;
  title: string;
  description: string;
  status: ListingStatus;
  thumbnail: string | null;
  images: string[];
  technique: Technique | null;
  dyeFamily: DyeFamily | null;
  fabric: Fabric | null;
  form: ProductForm | null;
  motifs: Motif[];
  lengthCm: number | null;
  widthCm: number | null;
  variants: ListingVariant[];
  naturalDyes: NaturalDye[];
  syntheticDyes: SyntheticDye[];
  /** Fixers, fibre composition, kelurahan, artisans, HS code (the product page reads the same metadata). */
  more: MoreFacts;
  trade: ListingTrade;
  /** When the seller last changed it (ISO), for the listings table's sortable column. */
  updatedAt?: string | null;
};

const obj = (v: unknown): Raw => (v && typeof v === "object" ? (v as Raw) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | null =>
  typeof v === "string" && (list as readonly string[]).includes(v) ? (v as T) : null;

/** Numbers arrive as numbers, numeric strings, or Medusa BigNumber objects (`{ value }`). */
function num(v: unknown): number | null {
  const raw = v && typeof v === "object" && "value" in (v as Raw) ? (v as Raw).value : v;
  const n = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

/**
 * A variant's price rows split as the backend stores them: a row with a quantity range is a tier,
 * one without is the variant's own price (backend workflows/seller-product/price-tiers.ts).
 */
function splitPrices(rows: Raw[]): { own: Raw[]; tiers: ListingTier[] } {
  const isTier = (p: Raw) => num(p.min_quantity) !== null || num(p.max_quantity) !== null;
  const tiers = new Map<string, ListingTier>();
  for (const p of rows.filter(isTier)) {
    const min = num(p.min_quantity) ?? 1;
    const max = num(p.max_quantity);
    const tier = tiers.get(`${min}-${max}`) ?? { minQuantity: min, maxQuantity: max, idr: null, usd: null };
    if (p.currency_code === "idr" || p.currency_code === "usd") tier[p.currency_code] = num(p.amount);
    tiers.set(`${min}-${max}`, tier);
  }
  return { own: rows.filter((p) => !isTier(p)), tiers: [...tiers.values()].sort((a, b) => a.minQuantity - b.minQuantity) };
}

function variant(v: unknown): ListingVariant {
  const r = obj(v);
  const { own, tiers } = splitPrices(arr(r.prices).map(obj));
  const price = (currency: string) => num(own.find((p) => p.currency_code === currency)?.amount);
  const levels = arr(r.inventory_items).flatMap((i) => arr(obj(obj(i).inventory).location_levels)).map((l) => num(obj(l).stocked_quantity));
  const known = levels.filter((n): n is number => n !== null);
  return {
    id: String(r.id ?? ""), title: str(r.title) ?? "", sku: str(r.sku),
    priceIdr: price("idr"), priceUsd: price("usd"),
    stock: known.length ? known.reduce((a, b) => a + b, 0) : null,
    tiers,
  };
}

/** Reshapes one product of `GET /sellers/me/products[/:id]`; the production facts sit in `metadata`. */
export function toSellerListing(raw: unknown): SellerListing {
  const p = obj(raw);
  const m = obj(p.metadata);
  const images = arr(p.images).map((i) => str(obj(i).url)).filter((u): u is string => u !== null);
  return {
    id: String(p.id ?? ""),
    handle: str(p.handle) ?? "",
    title: str(p.title) ?? "",
    description: str(p.description) ?? "",
    status: oneOf(LISTING_STATUSES, p.status) ?? "draft",
    thumbnail: str(p.thumbnail) ?? images[0] ?? null,
    images,
    technique: oneOf(TECHNIQUES, m.technique),
    dyeFamily: oneOf(DYE_FAMILIES, m.dye_family),
    fabric: oneOf(FABRICS, m.fabric),
    form: oneOf(PRODUCT_FORMS, m.form),
    motifs: arr(m.motifs).filter((x): x is Motif => oneOf(MOTIFS, x) !== null),
    lengthCm: num(m.length_cm),
    widthCm: num(m.width_cm),
    variants: arr(p.variants).map(variant),
    naturalDyes: arr(m.natural_dyes).filter((x): x is NaturalDye => oneOf(NATURAL_DYES, x) !== null),
    syntheticDyes: arr(m.synthetic_dyes).filter((x): x is SyntheticDye => oneOf(SYNTHETIC_DYES, x) !== null),
    more: toMoreFacts(m),
    trade: {
      wholesale: m.wholesale === true,
      minOrderQuantity: m.wholesale === true ? num(m.min_order_quantity) : null,
      lowStockThreshold: num(m.low_stock_threshold),
    },
    updatedAt: str(p.updated_at),
  };
}

/** Reshapes `GET /sellers/me/products` (`{ products, count }`). */
export const toSellerListings = (body: unknown): SellerListing[] => arr(obj(body).products).map(toSellerListing);

/** One page of `GET /sellers/me/products`: the listings and how many of the seller's match in all. */
export type SellerListingPage = { listings: SellerListing[]; count: number };
export function toSellerListingPage(body: unknown): SellerListingPage {
  const listings = toSellerListings(body);
  const count = Number(obj(body).count);
  return { listings, count: Number.isFinite(count) && count >= 0 ? count : listings.length };
}

/** The lowest rupiah price among the variants ("from" price), or null. */
export function lowestIdr(listing: SellerListing): number | null {
  const prices = listing.variants.map((v) => v.priceIdr).filter((n): n is number => n !== null);
  return prices.length ? Math.min(...prices) : null;
}

/** Stock over all variants, or null when the backend reported none. */
export function totalStock(listing: SellerListing): number | null {
  const stocks = listing.variants.map((v) => v.stock).filter((n): n is number => n !== null);
  return stocks.length ? stocks.reduce((a, b) => a + b, 0) : null;
}
