import { toSellerTrust } from "@/lib/readiness/seller-trust";
import { toMoreFacts } from "@/lib/product-facts";
import {
  DYE_FAMILIES, FABRICS, MOTIFS, NATURAL_DYES, PRODUCT_FORMS, SENTRA, SYNTHETIC_DYES, TECHNIQUES, WASTEWATER_METHODS,
  imageVariants,
} from "@canting/domain";
import type { Money, PriceTier, Product, ProductImage, ProductSummary, SellerProfile, SellerRef, TradeTerms } from "./types";
import { isObj, num, str } from "@/lib/read";

/**
 * The one place where Medusa's Store API shapes become the storefront's types.
 * Unknown codes become null (or are dropped from lists) so the UI never shows a raw code
 * or a missing translation key.
 */


/** Narrows a backend value to one of the domain's codes, or null. */
export function pickCode<T extends string>(codes: readonly T[], value: unknown): T | null {
  return typeof value === "string" && (codes as readonly string[]).includes(value) ? (value as T) : null;
}
function pickCodes<T extends string>(codes: readonly T[], value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => pickCode(codes, v)).filter((v): v is T => v !== null);
}

export function toSellerRef(raw: unknown): SellerRef | null {
  if (!isObj(raw)) return null;
  const id = str(raw.id), handle = str(raw.handle), name = str(raw.name);
  if (!id || !handle || !name) return null;
  return { id, handle, name, sentra: pickCode(SENTRA, raw.sentra), city: str(raw.city), demo: raw.is_demo === true };
}

function lowestPrice(variants: unknown): { price: Money | null; priceFrom: boolean } {
  const prices: Money[] = [];
  for (const v of Array.isArray(variants) ? variants : []) {
    const cp = isObj(v) && isObj(v.calculated_price) ? v.calculated_price : null;
    const amount = cp ? num(cp.calculated_amount) : null;
    const currency = cp ? str(cp.currency_code) : null;
    if (amount !== null && currency) prices.push({ amount, currency: currency.toLowerCase() });
  }
  if (prices.length === 0) return { price: null, priceFrom: false };
  const sorted = [...prices].sort((a, b) => a.amount - b.amount);
  return { price: sorted[0], priceFrom: sorted[0].amount !== sorted[sorted.length - 1].amount };
}

export function toProductSummary(raw: unknown): ProductSummary | null {
  if (!isObj(raw)) return null;
  const id = str(raw.id), handle = str(raw.handle), title = str(raw.title);
  if (!id || !handle || !title) return null;
  const meta = isObj(raw.metadata) ? raw.metadata : {};
  return {
    id,
    handle,
    title,
    subtitle: str(raw.subtitle),
    thumbnail: str(raw.thumbnail),
    ...lowestPrice(raw.variants),
    technique: pickCode(TECHNIQUES, meta.technique),
    seller: toSellerRef(raw.seller),
    demo: meta.demo === true || meta.demo === "true",
    ...(isObj(raw.translated) && raw.translated.title === false ? { untranslated: true } : {}),
  };
}

/** The backend's per-field `translated` flags; a field it does not flag counts as translated. */
function translatedFlags(raw: unknown): Product["translated"] {
  const flags = isObj(raw) ? raw : {};
  return { title: flags.title !== false, subtitle: flags.subtitle !== false, description: flags.description !== false };
}

export function toProduct(raw: unknown): Product | null {
  const summary = toProductSummary(raw);
  if (!summary || !isObj(raw)) return null;
  const meta = isObj(raw.metadata) ? raw.metadata : {};
  const images = toProductImages(raw.images, summary.thumbnail);
  return {
    ...summary,
    description: str(raw.description),
    translated: translatedFlags(raw.translated),
    images,
    facts: {
      technique: summary.technique,
      dyeFamily: pickCode(DYE_FAMILIES, meta.dye_family),
      naturalDyes: pickCodes(NATURAL_DYES, meta.natural_dyes),
      syntheticDyes: pickCodes(SYNTHETIC_DYES, meta.synthetic_dyes),
      fabric: pickCode(FABRICS, meta.fabric),
      form: pickCode(PRODUCT_FORMS, meta.form),
      motifs: pickCodes(MOTIFS, meta.motifs),
      lengthCm: num(meta.length_cm),
      widthCm: num(meta.width_cm),
    },
    more: toMoreFacts(meta),
    trade: toTradeTerms(raw.trade, raw.variants),
  };
}

/** The store's `trade` (minimum order, tiers per variant in the region's currency), smallest quantity first; malformed tiers are dropped. */
export function toTradeTerms(raw: unknown, variants?: unknown): TradeTerms | null {
  if (!isObj(raw)) return null;
  const titles = new Map((Array.isArray(variants) ? variants : []).flatMap((v) => (isObj(v) && str(v.id) ? [[str(v.id)!, str(v.title)] as const] : [])));
  const tiers: PriceTier[] = (Array.isArray(raw.tiers) ? raw.tiers : []).flatMap((t) => {
    if (!isObj(t)) return [];
    const variantId = str(t.variant_id), min = num(t.min_quantity), amount = num(t.amount), currency = str(t.currency_code);
    if (!variantId || min === null || amount === null || !currency) return [];
    return [{ variantId, variantTitle: titles.get(variantId) ?? null, min, max: num(t.max_quantity), price: { amount, currency: currency.toLowerCase() } }];
  });
  const moq = num(raw.moq);
  return { wholesale: raw.wholesale === true, moq: moq !== null && moq >= 1 ? moq : 1, tiers: tiers.sort((a, b) => a.min - b.min) };
}

/**
 * The gallery: each image with its variants (`metadata.variants`), the thumbnail's image first.
 * The thumbnail is the 640 variant of the cover, so it is matched against variants too; an older
 * thumbnail that is none of the images leads the gallery on its own, as it always did.
 */
function toProductImages(raw: unknown, thumbnail: string | null): ProductImage[] {
  const images: ProductImage[] = [];
  for (const i of Array.isArray(raw) ? raw : []) {
    const url = isObj(i) ? str(i.url) : null;
    if (isObj(i) && url && !images.some((seen) => seen.url === url)) images.push({ url, variants: imageVariants(i.metadata) });
  }
  if (!thumbnail) return images;
  const cover = images.findIndex((i) => i.url === thumbnail || i.variants.some((v) => v.url === thumbnail));
  if (cover < 0) return [{ url: thumbnail, variants: [] }, ...images];
  return [images[cover], ...images.filter((_, k) => k !== cover)];
}

export function toProductSummaries(raw: unknown): ProductSummary[] {
  return (Array.isArray(raw) ? raw : []).map(toProductSummary).filter((p): p is ProductSummary => p !== null);
}

export function toSellerProfile(raw: unknown): SellerProfile | null {
  const ref = toSellerRef(raw);
  if (!ref || !isObj(raw)) return null;
  const products = Array.isArray(raw.products) ? raw.products : [];
  return {
    ...ref,
    foundedYear: num(raw.founded_year),
    techniques: pickCodes(TECHNIQUES, raw.techniques),
    story: str(raw.story),
    workforceTotal: num(raw.workforce_total),
    workforceBpjs: num(raw.workforce_bpjs),
    apprenticesUnder25: num(raw.apprentices_under_25),
    wastewaterMethod: pickCode(WASTEWATER_METHODS, raw.wastewater_method),
    ipalName: str(raw.ipal_name),
    logoUrl: str(raw.logo_url),
    bannerUrl: str(raw.banner_url),
    productIds: products.map((p) => (isObj(p) ? str(p.id) : null)).filter((id): id is string => id !== null),
    ...toSellerTrust(raw),
  };
}
