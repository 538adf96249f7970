import { StatusBadge } from "@medusajs/ui"
import { useCopy } from "../../lib/i18n"
import { STATUS_COLOR, type SellerStatus } from "../../lib/sellers"

/** A seller status as a coloured badge with its label from @canting/i18n. */
export function SellerStatusBadge({ status }: { status: SellerStatus }) {
  const { label } = useCopy()
  return <StatusBadge color={STATUS_COLOR[status] ?? "grey"}>{label("sellerStatus", status)}</StatusBadge>
}
