import type { CertStatus } from "@canting/domain"

export type CertAction = "verify" | "reject" | "revoke"

/** The operator's decisions: from which statuses, to which, and what each requires. */
export const CERT_TRANSITIONS: Record<CertAction, { from: CertStatus[]; to: CertStatus; method: boolean; note: boolean }> = {
  verify: { from: ["pending"], to: "verified", method: true, note: false },
  reject: { from: ["pending"], to: "rejected", method: false, note: true },
  revoke: { from: ["verified"], to: "revoked", method: false, note: true },
}

/** Statuses in which the seller may still delete its own claim. */
export const DELETABLE_STATUSES: CertStatus[] = ["pending", "rejected"]
