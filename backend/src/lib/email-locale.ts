import { isLocale, type Locale } from "@canting/domain"

/** The order fields `orderEmailLocale` reads (add them to the query that reads the order). */
export const ORDER_LOCALE_FIELDS = ["locale", "customer.metadata"] as const

type OrderLike = { locale?: string | null; customer?: { metadata?: Record<string, unknown> | null } | null }

/**
 * The language of an order's emails to the shopper: the order's own (Medusa's BCP 47 `locale`,
 * carried over from the cart), else the language the shopper's account stored at sign-up
 * (`metadata.locale`), else null, which the email provider writes in Indonesian.
 */
export function orderEmailLocale(order: OrderLike): string | Locale | null {
  if (order.locale) return order.locale
  const stored = order.customer?.metadata?.locale
  return isLocale(stored) ? stored : null
}
