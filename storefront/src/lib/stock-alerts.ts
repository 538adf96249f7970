/** A listing running low, as the portal's dashboard notice shows it (from `GET /sellers/me/products?low_stock=true`). */
export type LowStockListing = {
  id: string;
  title: string;
  threshold: number;
  variants: { id: string; title: string; available: number }[];
};

type Raw = {
  id?: unknown; title?: unknown; low_stock_threshold?: unknown;
  low_stock?: { variant_id?: unknown; title?: unknown; available?: unknown }[] | null;
};

const str = (v: unknown) => (typeof v === "string" ? v : "");
const int = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** The backend's listings with their low variants, reshaped; a listing with none (stock changed meanwhile) is left out. */
export function toLowStockListings(body: { products?: Raw[] | null } | null | undefined): LowStockListing[] {
  return (body?.products ?? []).flatMap((p) => {
    const variants = (p.low_stock ?? []).map((v) => ({ id: str(v.variant_id), title: str(v.title), available: int(v.available) }));
    return str(p.id) && variants.length ? [{ id: str(p.id), title: str(p.title), threshold: int(p.low_stock_threshold), variants }] : [];
  });
}
