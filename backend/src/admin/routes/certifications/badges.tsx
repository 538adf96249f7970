import { StatusBadge } from "@medusajs/ui"
import type { CertDisplayState, CertStatus } from "@canting/domain"
import { useCertCopy } from "./copy"

const STATUS_COLOR: Record<CertStatus, "grey" | "blue" | "green" | "red" | "orange"> = { pending: "blue", verified: "green", rejected: "red", revoked: "orange" }
const DISPLAY_COLOR: Record<CertDisplayState, "grey" | "blue" | "green" | "red" | "orange"> = {
  verified: "green", expiring_soon: "orange", seller_declared: "blue", expired: "grey", revoked: "grey", rejected: "grey",
}

export function CertStatusBadge({ status }: { status: CertStatus }) {
  const copy = useCertCopy()
  return <StatusBadge color={STATUS_COLOR[status]}>{copy.label("certStatus", status)}</StatusBadge>
}

/** What shoppers see today (computed by the API from the dates). */
export function DisplayStateBadge({ state }: { state: CertDisplayState }) {
  const copy = useCertCopy()
  return <StatusBadge color={DISPLAY_COLOR[state]}>{copy.label("certDisplayState", state)}</StatusBadge>
}
