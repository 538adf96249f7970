/** Where an award stands: claimed by the seller (pending), or decided by the operator. */
export const AWARD_VERIFICATIONS = ["pending", "verified", "rejected"] as const
export type AwardVerification = (typeof AWARD_VERIFICATIONS)[number]

/** How an award came in: a seller's claim with evidence, or the operator awarding it (bulk CSV). */
export const AWARD_SOURCES = ["seller_claim", "operator"] as const

/** The operator's decisions on a claim and the states they move it between. */
export const AWARD_TRANSITIONS = {
  verify: { from: ["pending", "rejected"], to: "verified", note: false },
  reject: { from: ["pending", "verified"], to: "rejected", note: true },
} as const satisfies Record<string, { from: readonly AwardVerification[]; to: AwardVerification; note: boolean }>
export type AwardAction = keyof typeof AWARD_TRANSITIONS
