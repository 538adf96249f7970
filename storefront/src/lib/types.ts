import type { MoreFacts } from "@/lib/product-facts";
import type { ImageVariant } from "@canting/domain";
import type { TrainingLevel, TrainingProgram } from "@canting/domain";
import type { PublicReadinessView } from "@/lib/readiness/seller-trust";
import type {
  DyeFamily, Fabric, Motif, NaturalDye, ProductForm, Sentra, SyntheticDye, Technique, WastewaterMethod,
} from "@canting/domain";

/** An amount in major units (Rp 350000, $24.50) and its ISO currency, lower case as Medusa sends it. */
export type Money = { amount: number; currency: string };

export type SellerRef = {
  id: string; handle: string; name: string; sentra: Sentra | null; city: string | null;
  /** A demo workshop (the store's `seller.is_demo`): its pieces are not really for sale. */
  demo?: boolean;
};

/** What a shopper sees on a product card. */
/** One quantity break of one variant: a unit price from `min` pieces up to `max` (null: and more). */
export type PriceTier = { variantId: string; variantTitle: string | null; min: number; max: number | null; price: Money };

/** A listing's trade terms (the store's `trade`): sold wholesale from `moq` pieces, and its price breaks in the shopper's currency. */
export type TradeTerms = { wholesale: boolean; moq: number; tiers: PriceTier[] };

export type ProductSummary = {
  id: string;
  handle: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  price: Money | null;
  /** True when variants differ in price and `price` is the lowest. */
  priceFrom: boolean;
  technique: Technique | null;
  seller: SellerRef | null;
  demo: boolean;
  /** True when the shopper reads English and the seller has not written the English title yet. */
  untranslated?: boolean;
};

export type ProductFacts = {
  technique: Technique | null;
  dyeFamily: DyeFamily | null;
  naturalDyes: NaturalDye[];
  syntheticDyes: SyntheticDye[];
  fabric: Fabric | null;
  form: ProductForm | null;
  motifs: Motif[];
  lengthCm: number | null;
  widthCm: number | null;
};

/** One product photo: `url` as stored (relative `/static/…` or absolute), `variants` smallest first. */
export type ProductImage = { url: string; variants: ImageVariant[] };

export type Product = ProductSummary & {
  description: string | null;
  /**
   * Per field, whether the text is in the shopper's language (the backend's `translated` flags).
   * False means the seller has not written it in English yet and the Indonesian text is shown.
   */
  translated: { title: boolean; subtitle: boolean; description: boolean };
  /** The gallery, cover first: each photo's stored URL and its WebP sizes (none for older photos). */
  images: ProductImage[];
  facts: ProductFacts;
  /** Fixers, fibre composition, kelurahan of origin, artisans, HS code (issue #4). */
  more?: MoreFacts;
  /** Wholesale minimum and price tiers (issue #19); null when the listing sells by the piece at one price. */
  trade?: TradeTerms | null;
};

export type SellerProfile = SellerRef & {
  foundedYear: number | null;
  techniques: Technique[];
  story: string | null;
  workforceTotal: number | null;
  workforceBpjs: number | null;
  apprenticesUnder25: number | null;
  wastewaterMethod: WastewaterMethod | null;
  ipalName: string | null;
  logoUrl: string | null;
  bannerUrl: string | null;
  productIds: string[];
} & SellerTrust;

/** Export readiness and verified training badges on a public seller profile (issue #5). */
export type SellerTrust = {
  readiness: PublicReadinessView | null;
  badges: { programKind: TrainingProgram | null; programName: string; organiser: string | null; level: TrainingLevel | null; year: number | null }[];
};

export type ProductPage = { products: ProductSummary[]; count: number };
