import type { SellerStatus } from "./trust.js";

/**
 * A seller's verified identity (issue #14.7): name, handle, owner, NIB, NPWP, KBLI, scale basis and
 * amount, and address. Once the operator approves, these change only through a change request.
 */
export const IDENTITY_FIELDS = [
  "name", "handle", "owner_name", "nib", "npwp", "kbli", "scale_basis", "declared_amount_idr",
  "street", "kelurahan", "kecamatan", "city", "province", "postcode",
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** Statuses in which the identity is locked: the operator has verified it. */
export const IDENTITY_LOCKED_STATUSES = ["approved", "suspended"] as const satisfies readonly SellerStatus[];

/** Where a seller's change request to its locked identity stands. */
export const CHANGE_REQUEST_STATUSES = ["pending", "accepted", "rejected"] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];
