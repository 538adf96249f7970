"use server";

import { localeOf, sellerWrite, writeFailure } from "@/lib/data/seller-write";
import { attachToInputs } from "@/lib/seller-portal/errors";
import { listingInputs, listingPayload, variantRows } from "@/lib/seller-portal/listing-payload";
import type { Result } from "@/lib/result";

type Saved = { id: string };

const productPath = (id: string) => `/sellers/me/products/${encodeURIComponent(id)}`;

/**
 * Creates a listing (`POST /sellers/me/products`, with variants, as a draft or published) or, when
 * the form carries an `id`, edits it (`POST /sellers/me/products/:id`, without variants). Backend
 * field paths such as `variants.0.prices.idr` come back attached to the form's inputs.
 */
export async function saveListing(_prev: Result<Saved> | null, fd: FormData): Promise<Result<Saved>> {
  const locale = localeOf(fd);
  const id = String(fd.get("id") ?? "");
  const result = await sellerWrite<{ product?: { id?: string } }>(locale, id ? productPath(id) : "/sellers/me/products", {
    method: "POST", body: listingPayload(fd, id ? "edit" : "create"),
  });
  if (result.ok) return { ok: true, data: { id: String(result.data.product?.id ?? id) } };
  const f = writeFailure(result);
  return f.fieldErrors ? { ...f, fieldErrors: attachToInputs(f.fieldErrors, listingInputs(variantRows(fd))) } : f;
}

/** Publishes or unpublishes a listing; before approval the backend answers `publish_requires_approval`. */
export async function setListingStatus(_prev: Result<Saved> | null, fd: FormData): Promise<Result<Saved>> {
  const id = String(fd.get("id") ?? "");
  const status = fd.get("status") === "published" ? "published" : "draft";
  if (!id) return { ok: false, errorKey: "errors:not_found" };
  const result = await sellerWrite(localeOf(fd), productPath(id), { method: "POST", body: { status } });
  if (!result.ok) return writeFailure(result);
  return { ok: true, data: { id } };
}

/** Deletes one of the seller's listings. */
export async function deleteListing(_prev: Result<Saved> | null, fd: FormData): Promise<Result<Saved>> {
  const id = String(fd.get("id") ?? "");
  if (!id) return { ok: false, errorKey: "errors:not_found" };
  const result = await sellerWrite(localeOf(fd), productPath(id), { method: "DELETE" });
  if (!result.ok) return writeFailure(result);
  return { ok: true, data: { id } };
}
