import { z } from "zod"
import { SELLER_ORDER_SORTS, SELLER_ORDER_STATUSES } from "@canting/domain"
import { optionalChoice, pageParams, searchParam } from "../../../utils/paging"

// Each rule's message is an error *code*; the validate middleware turns it into a translated message.
const NO_CONTROL = /^[^\u0000-\u001f\u007f<>]*$/

/**
 * GET /sellers/me/orders?limit=&offset=&order=&q=&status=: `q` is an order number (`12` or `#12`)
 * or part of the shopper's email; `status` is the seller's part's status.
 */
export const SellerOrdersQuery = z.object({
  ...pageParams,
  order: z.enum(SELLER_ORDER_SORTS, "unknown_code").default("-created_at"),
  q: searchParam,
  status: optionalChoice(SELLER_ORDER_STATUSES),
})
export type SellerOrdersQueryType = z.infer<typeof SellerOrdersQuery>

/** POST /sellers/me/orders/:id/fulfillments: the courier's receipt number (resi), courier and tracking page. */
export const SellerFulfillmentBody = z.strictObject({
  tracking_number: z.string({ error: "required" }).trim()
    .min(3, "tracking_number_format").max(60, "tracking_number_format")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ./_-]*$/, "tracking_number_format"),
  carrier: z.string().trim().min(1, "too_short").max(60, "too_long").regex(NO_CONTROL, "invalid").optional(),
  tracking_url: z.string().trim().max(500, "too_long")
    .refine((v) => {
      try {
        const url = new URL(v)
        return url.protocol === "http:" || url.protocol === "https:"
      } catch {
        return false
      }
    }, "tracking_url_format")
    .optional(),
})
export type SellerFulfillmentBodyType = z.infer<typeof SellerFulfillmentBody>
