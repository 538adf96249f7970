"use server";

import { localeOf, sellerWrite, writeFailure } from "@/lib/data/seller-write";
import { number, text } from "@/lib/seller-portal/form-values";
import { tiersFor } from "@/lib/seller-portal/trade-terms";
import type { Result } from "@/lib/result";

type Saved = { id: string };

const variantsPath = (productId: string, variantId?: string) =>
  `/sellers/me/products/${encodeURIComponent(productId)}/variants${variantId ? `/${encodeURIComponent(variantId)}` : ""}`;

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Prices and stock of a variant row, typed ("1.500.000" → 1500000, "57,5" → 57.5); text the backend names stays text. */
const pricesAndStock = (fd: FormData) => ({
  prices: defined({ idr: number(fd, "prices.idr", true), usd: number(fd, "prices.usd", false, true) }),
  stock: number(fd, "stock", true),
});

/**
 * Saves one variant row (`POST /sellers/me/products/:id/variants/:variantId`). Size and colour are
 * always sent, so emptying one clears it; an empty SKU or US$ price leaves the current one. Price
 * tiers are sent only when the seller changed the table: the list replaces the stored one (`[]` removes).
 */
export async function saveVariant(_prev: Result<Saved> | null, fd: FormData): Promise<Result<Saved>> {
  const productId = String(fd.get("product_id") ?? "");
  const variantId = String(fd.get("variant_id") ?? "");
  if (!productId || !variantId) return { ok: false, errorKey: "errors:not_found" };
  const body = defined({
    size: String(fd.get("size") ?? "").trim(), colour: String(fd.get("colour") ?? "").trim(), sku: text(fd, "sku"), ...pricesAndStock(fd),
    tiers: tiersFor(fd, "", "edit"),
  });
  const result = await sellerWrite(localeOf(fd), variantsPath(productId, variantId), { method: "POST", body });
  if (!result.ok) return writeFailure(result);
  return { ok: true, data: { id: variantId } };
}

/** Adds a variant to a listing (`POST /sellers/me/products/:id/variants`), with its price tiers when any were filled in. */
export async function addVariant(_prev: Result<Saved> | null, fd: FormData): Promise<Result<Saved>> {
  const productId = String(fd.get("product_id") ?? "");
  if (!productId) return { ok: false, errorKey: "errors:not_found" };
  const body = defined({ size: text(fd, "size"), colour: text(fd, "colour"), sku: text(fd, "sku"), ...pricesAndStock(fd), tiers: tiersFor(fd, "", "create") });
  const result = await sellerWrite(localeOf(fd), variantsPath(productId), { method: "POST", body });
  if (!result.ok) return writeFailure(result);
  return { ok: true, data: { id: productId } };
}

/** Removes a variant; the backend keeps the last one (`errors:last_variant`). */
export async function removeVariant(_prev: Result<Saved> | null, fd: FormData): Promise<Result<Saved>> {
  const productId = String(fd.get("product_id") ?? "");
  const variantId = String(fd.get("variant_id") ?? "");
  if (!productId || !variantId) return { ok: false, errorKey: "errors:not_found" };
  const result = await sellerWrite(localeOf(fd), variantsPath(productId, variantId), { method: "DELETE" });
  if (!result.ok) return writeFailure(result);
  return { ok: true, data: { id: variantId } };
}
