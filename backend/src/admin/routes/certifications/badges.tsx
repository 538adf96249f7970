import { StatusBadge } from "@medusajs/ui"
import type { CertDisplayState, CertStatus, PUBLIC_DISPLAY_STATES } from "@canting/domain"
import { useCertCopy } from "../../lib/i18n"

const STATUS_COLOR: Record<CertStatus, "grey" | "blue" | "green" | "red" | "orange"> = { pending: "blue", verified: "green", rejected: "red", revoked: "orange" }
const DISPLAY_COLOR: Record<CertDisplayState, "grey" | "blue" | "green" | "red" | "orange"> = {
  verified: "green", expiring_soon: "orange", seller_declared: "blue", expired: "grey", revoked: "grey", rejected: "grey",
}

export function CertStatusBadge({ status }: { status: CertStatus }) {
  const copy = useCertCopy()
  return <StatusBadge color={STATUS_COLOR[status]}>{copy.label("certStatus", status)}</StatusBadge>
}

/** The domain's PUBLIC_DISPLAY_STATES, kept equal by its type (the admin bundle imports no runtime code from @canting/domain). */
const PUBLIC: typeof PUBLIC_DISPLAY_STATES = ["verified", "expiring_soon"] as const

/** What shoppers see today (computed by the API from the dates): only a verified certificate is shown. */
export function DisplayStateBadge({ state }: { state: CertDisplayState }) {
  const copy = useCertCopy()
  const label = copy.label("certDisplayState", state)
  const shown = (PUBLIC as readonly CertDisplayState[]).includes(state)
  return <StatusBadge color={DISPLAY_COLOR[state]}>{shown ? label : copy.t("list.notShown", { state: label })}</StatusBadge>
}
