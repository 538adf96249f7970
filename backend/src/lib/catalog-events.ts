/**
 * The events after which what shoppers see of a listing may have changed: its copy, variants, prices
 * and stock, its translations, its workshop's status and its certificates. The search index
 * re-reads the listings they touch (search/products.ts); the storefront's cache of public reads is
 * expired on them too (lib/storefront-revalidation.ts). One list, so neither can miss what the other sees.
 */
export const LISTING_EVENTS = [
  "product.created", "product.updated", "product.deleted",
  "product-variant.created", "product-variant.updated", "product-variant.deleted",
  "inventory-level.created", "inventory-level.updated", "inventory-level.deleted",
  // Stock moved by the inventory module itself (orders reserve, fulfilments adjust): in_stock.
  "inventory.inventory-level.updated", "reservation-item.created", "reservation-item.deleted",
  "inventory.reservation-item.created", "inventory.reservation-item.deleted",
  "translation.created", "translation.updated", "translation.deleted",
  // The seller module's own entity events (MedusaService): a status change re-reads its products.
  "seller.seller.updated",
  "certification.certificate.created", "certification.certificate.updated", "certification.certificate.deleted",
  // The daily job's expiry (nothing on the certificate changes but the date passing) and the operator's decisions.
  "certification.expired", "certification.verified", "certification.revoked",
] as const
