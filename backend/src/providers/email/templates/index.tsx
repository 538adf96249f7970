import { render } from "@react-email/render"
import { MedusaError } from "@medusajs/framework/utils"
import type { Locale } from "@canting/domain"
import { passwordReset } from "./account"
import { certificateDecided, certificateExpiring } from "./certificate"
import { emailCopy, emailLocale } from "./copy"
import type { Data, EmailTemplate } from "./data"
import { orderCanceledUnpaid, orderPlaced, orderShipped, sellerNewOrder, sellerOrderCanceledUnpaid } from "./order"
import { changeRequestDecided, documentReviewed, NOTIFIED_SELLER_STATUSES, sellerStatus } from "./seller"
import { sellerLowStock } from "./stock"

/** Every notification template name the backend sends on the `email` channel, and how it is written. */
export const EMAIL_TEMPLATES: Readonly<Record<string, EmailTemplate>> = {
  "password-reset": passwordReset,
  ...Object.fromEntries(NOTIFIED_SELLER_STATUSES.map((s) => [`seller-status-${s}`, sellerStatus(s)])),
  "seller-change-request-accepted": changeRequestDecided("accepted"),
  "seller-change-request-rejected": changeRequestDecided("rejected"),
  "seller-document-reviewed": documentReviewed,
  "certificate-verified": certificateDecided("verified"),
  "certificate-rejected": certificateDecided("rejected"),
  "certificate-revoked": certificateDecided("revoked"),
  "certificate-expiring-60": certificateExpiring(60),
  "certificate-expiring-30": certificateExpiring(30),
  "order-placed": orderPlaced,
  "seller-new-order": sellerNewOrder,
  "order-canceled-unpaid": orderCanceledUnpaid,
  "seller-order-canceled-unpaid": sellerOrderCanceledUnpaid,
  "order-shipped": orderShipped,
  "seller-low-stock": sellerLowStock,
}

export type RenderedEmail = { locale: Locale; subject: string; html: string; text: string }

/**
 * A notification as an email in its reader's language (`data.locale`, else Indonesian): subject,
 * HTML and the plain-text part. An unknown template name is a programming error, said as such.
 */
export async function renderEmail(template: string, data: Data | null | undefined, options: { storefrontUrl: string }): Promise<RenderedEmail> {
  const entry = Object.prototype.hasOwnProperty.call(EMAIL_TEMPLATES, template) ? EMAIL_TEMPLATES[template] : undefined
  if (!entry) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No email template is named "${template}" (src/providers/email/templates).`)
  const d = data ?? {}
  const copy = emailCopy(emailLocale(d.locale), options.storefrontUrl)
  const element = <entry.Body d={d} copy={copy} />
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  // One line: a seller's name or a scheme label must never break the header.
  const subject = entry.subject(d, copy).replace(/\s+/g, " ").trim()
  return { locale: copy.locale, subject, html, text }
}
