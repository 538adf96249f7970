/**
 * Which verified identity fields an edit would change (issue #14.7). Pure: compares the stored
 * seller with an already validated update, so `33.2601...` typed again for the same NPWP is no change.
 */
import { IDENTITY_FIELDS, IDENTITY_LOCKED_STATUSES, type IdentityField } from "@canting/domain"

export { IDENTITY_FIELDS }
export type { IdentityField }

/** Whether a seller in this status can change its identity only through a change request. */
export const isIdentityLocked = (status: string) => (IDENTITY_LOCKED_STATUSES as readonly string[]).includes(status)

const same = (field: IdentityField, stored: unknown, next: unknown): boolean => {
  if (field === "kbli") return JSON.stringify([...((stored as string[] | null) ?? [])].sort()) === JSON.stringify([...((next as string[] | null) ?? [])].sort())
  if (field === "declared_amount_idr") return (stored == null && next == null) || (stored != null && next != null && Number(stored) === Number(next))
  return (stored == null ? "" : String(stored)) === (next == null ? "" : String(next))
}

/** The identity fields of `update` whose value differs from the stored seller's, in IDENTITY_FIELDS order. */
export function changedIdentityFields(stored: Record<string, unknown>, update: Record<string, unknown>): IdentityField[] {
  return IDENTITY_FIELDS.filter((f) => update[f] !== undefined && !same(f, stored[f], update[f]))
}
