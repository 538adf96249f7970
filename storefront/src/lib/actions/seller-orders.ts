"use server";

import { localeOf, sellerWrite, writeFailure } from "@/lib/data/seller-write";
import type { Result } from "@/lib/result";
import { checkHttpUrl, checkText, collectErrors } from "@/lib/validation";

/**
 * Marks the seller's part of an order as shipped with the courier's tracking number
 * (`POST /sellers/me/orders/:id/fulfillments`); the backend notifies the shopper.
 */
export async function fulfilSellerOrder(_prev: Result<{ id: string }> | null, fd: FormData): Promise<Result<{ id: string }>> {
  const locale = localeOf(fd);
  const id = String(fd.get("id") ?? "");
  const value = (name: string) => {
    const v = fd.get(name);
    return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
  };
  const values = { tracking_number: value("tracking_number") ?? "", carrier: value("carrier") ?? "", tracking_url: value("tracking_url") ?? "" };
  if (!id) return { ok: false, errorKey: "errors:not_found" };
  const fieldErrors = collectErrors({
    tracking_number: checkText(values.tracking_number),
    carrier: checkText(values.carrier, { optional: true }),
    tracking_url: checkHttpUrl(values.tracking_url, "errors:tracking_url_format"),
  });
  if (Object.keys(fieldErrors).length) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors, values };
  const result = await sellerWrite(locale, `/sellers/me/orders/${encodeURIComponent(id)}/fulfillments`, {
    method: "POST",
    body: { tracking_number: values.tracking_number, carrier: value("carrier"), tracking_url: value("tracking_url") },
  });
  if (!result.ok) {
    if (result.status === 409 && (result.body as { code?: unknown } | null)?.code === "already_fulfilled") {
      return { ok: false, errorKey: "shop:errors.alreadyFulfilled", values };
    }
    return { ...writeFailure(result), values };
  }
  return { ok: true, data: { id } };
}
