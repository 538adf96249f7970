/**
 * The seller portal's lists (`GET /sellers/me/products`, `GET /sellers/me/orders`): which statuses
 * a seller can filter on and which sort orders the backend accepts. A leading `-` sorts descending.
 */

/** A listing is a draft (only its seller sees it) or published (shoppers see it once the seller is approved). */
export const LISTING_STATUSES = ["draft", "published"] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/** The seller's part of an order: still to ship, shipped (every piece), delivered (every piece). */
export const SELLER_ORDER_STATUSES = ["not_fulfilled", "shipped", "delivered"] as const;
export type SellerOrderStatus = (typeof SELLER_ORDER_STATUSES)[number];

export const LISTING_SORTS = ["-created_at", "created_at", "-updated_at", "updated_at", "title", "-title"] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

export const SELLER_ORDER_SORTS = ["-created_at", "created_at", "-display_id", "display_id"] as const;
export type SellerOrderSort = (typeof SELLER_ORDER_SORTS)[number];

/** Rows per page: the portal's default and the most one request may ask for. */
export const PORTAL_PAGE_SIZE = 20;
export const PORTAL_PAGE_MAX = 100;
