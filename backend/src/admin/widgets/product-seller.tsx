import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { SellerStatusBadge } from "../components/sellers/seller-status-badge"
import { Section } from "../components/sellers/section"
import { useCopy } from "../lib/i18n"
import { retrieveProductSeller } from "../lib/product-seller"
import { sellerKeys } from "../lib/sellers"

/** On a product's page: the workshop that sells it, its status and a link to its review page. */
const ProductSellerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useCopy()
  const { data, isLoading, error } = useQuery({
    queryKey: sellerKeys.ofProduct(product.id),
    queryFn: () => retrieveProductSeller(product.id),
  })
  const seller = data?.seller

  let body
  if (isLoading) body = <Text size="small" className="text-ui-fg-subtle">…</Text>
  else if (error) body = <Text size="small" className="text-ui-fg-error">{error.message}</Text>
  else if (seller === undefined) body = <Text size="small" className="text-ui-fg-subtle">{t("widget.unknown")}</Text>
  else if (seller === null) body = <Text size="small" className="text-ui-fg-subtle">{t("widget.none")}</Text>
  else
    body = (
      <div className="flex items-center justify-between gap-x-4">
        <div className="flex min-w-0 flex-col">
          <Text size="small" weight="plus" className="truncate">
            {seller.name}
          </Text>
          <Text size="small" className="text-ui-fg-subtle truncate">
            @{seller.handle}
          </Text>
        </div>
        <SellerStatusBadge status={seller.status} />
      </div>
    )

  return (
    <Section
      title={t("widget.title")}
      actions={
        seller ? (
          <Button asChild size="small" variant="secondary">
            <Link to={`/sellers/${seller.id}`}>{t("widget.view")}</Link>
          </Button>
        ) : undefined
      }
    >
      <div className="px-6 py-4">{body}</div>
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductSellerWidget
