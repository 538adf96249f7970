import type { SellerStatus } from "@canting/domain"
import { Layout, P, Small } from "./layout"
import { str, type EmailTemplate } from "./data"

/** The statuses a seller is told about (`seller-status-<status>`, one per transition's target). */
export const NOTIFIED_SELLER_STATUSES = ["submitted", "approved", "rejected", "changes_requested", "suspended"] as const satisfies readonly SellerStatus[]
type NotifiedStatus = (typeof NOTIFIED_SELLER_STATUSES)[number]

/** Where each status sends the seller: fixes happen in the onboarding wizard, the rest on the dashboard. */
const STATUS_PAGE: Record<NotifiedStatus, string> = {
  submitted: "/seller", approved: "/seller", rejected: "/seller", changes_requested: "/seller/onboarding", suspended: "/seller",
}

/** `seller-status-<status>` (workflows/seller/steps/notify-seller.ts), with the operator's reason. */
export const sellerStatus = (status: NotifiedStatus): EmailTemplate => ({
  subject: (d, copy) => copy.t(`sellerStatus.${status}.subject`, { seller: str(d.seller_name) }),
  Body: ({ d, copy }) => (
    <Layout copy={copy} title={copy.t(`sellerStatus.${status}.heading`)} name={str(d.seller_name)}
      action={{ label: copy.t("sellerStatus.action"), href: copy.link(STATUS_PAGE[status]) }}>
      <P>{copy.t(`sellerStatus.${status}.body`)}</P>
      {str(d.reason) && <P>{copy.t("layout.reason", { reason: str(d.reason) })}</P>}
    </Layout>
  ),
})

/** `seller-change-request-<accepted|rejected>` (notify-change-request-decided.ts): the decision, the fields asked for, the note. */
export const changeRequestDecided = (status: "accepted" | "rejected"): EmailTemplate => ({
  subject: (d, copy) => copy.t(`changeRequest.${status}.subject`, { seller: str(d.seller_name) }),
  Body: ({ d, copy }) => {
    const fields = (Array.isArray(d.fields) ? d.fields : []).map(str).filter(Boolean)
    return (
      <Layout copy={copy} title={copy.t(`changeRequest.${status}.heading`)} name={str(d.seller_name)}
        action={{ label: copy.t("changeRequest.action"), href: copy.link("/seller/change-requests") }}>
        <P>{copy.label("common", "sellerPortal.changeRequest", status === "accepted" ? "notifyAccepted" : "notifyRejected")}</P>
        {fields.length > 0 && <P>{copy.t("changeRequest.fields", { fields: fields.map((f) => copy.label("common", "sellerPortal.field", f)).join(", ") })}</P>}
        {str(d.note) && <Small>{copy.t("layout.note", { note: str(d.note) })}</Small>}
      </Layout>
    )
  },
})

/** `seller-document-reviewed` (notify-document-reviewed.ts): a document accepted or rejected, with the note. */
export const documentReviewed: EmailTemplate = {
  subject: (d, copy) => {
    const state = d.review_state === "accepted" ? "accepted" : "rejected"
    return copy.t(`documentReviewed.${state}.subject`, { kind: copy.label("common", "sellerPortal.documentKind", str(d.kind)) })
  },
  Body: ({ d, copy }) => {
    const state = d.review_state === "accepted" ? "accepted" : "rejected"
    const kind = copy.label("common", "sellerPortal.documentKind", str(d.kind))
    return (
      <Layout copy={copy} title={copy.t(`documentReviewed.${state}.heading`)} name={str(d.seller_name)}
        action={{ label: copy.t("documentReviewed.action"), href: copy.link("/seller/onboarding/documents") }}>
        <P>{copy.t(`documentReviewed.${state}.body`, { kind })}</P>
        {str(d.review_note) && <Small>{copy.t("layout.note", { note: str(d.review_note) })}</Small>}
      </Layout>
    )
  },
}
