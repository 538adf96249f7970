import type { SellerStatus } from "@canting/domain"

export type SellerAction = "submit" | "approve" | "reject" | "request_changes" | "suspend" | "reinstate"

/** Each action: who may take it, from which statuses, to which status, and whether a reason is required. */
export const SELLER_TRANSITIONS: Record<SellerAction, { actor: "seller" | "user"; from: SellerStatus[]; to: SellerStatus; reason: boolean }> = {
  submit: { actor: "seller", from: ["draft", "changes_requested"], to: "submitted", reason: false },
  approve: { actor: "user", from: ["submitted"], to: "approved", reason: false },
  reject: { actor: "user", from: ["submitted"], to: "rejected", reason: true },
  request_changes: { actor: "user", from: ["submitted"], to: "changes_requested", reason: true },
  suspend: { actor: "user", from: ["approved"], to: "suspended", reason: true },
  reinstate: { actor: "user", from: ["suspended"], to: "approved", reason: false },
}

/** Statuses in which a seller may edit its own profile and documents. */
export const EDITABLE_STATUSES: SellerStatus[] = ["draft", "changes_requested", "approved"]
