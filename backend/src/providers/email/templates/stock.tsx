import { Layout, P, Small } from "./layout"
import { num, str, type EmailTemplate } from "./data"

/**
 * `seller-low-stock` (workflows/stock-alert/steps/notify-low-stock.ts): a listing's variant fell to
 * the workshop's threshold; links to the listing in the portal, where it is restocked.
 */
export const sellerLowStock: EmailTemplate = {
  subject: (d, copy) => copy.t("sellerLowStock.subject", { title: str(d.title) }),
  Body: ({ d, copy }) => {
    const productId = str(d.product_id)
    const href = copy.link(productId ? `/seller/products/${encodeURIComponent(productId)}` : "/seller/products")
    const vars = { title: str(d.title), variant: str(d.variant_title), available: num(d.available) ?? 0, threshold: num(d.threshold) ?? 0 }
    return (
      <Layout copy={copy} title={copy.t("sellerLowStock.heading")} name={str(d.seller_name)} action={{ label: copy.t("sellerLowStock.action"), href }}>
        <P>{copy.t("sellerLowStock.body", vars)}</P>
        <Small>{copy.t("sellerLowStock.hint")}</Small>
      </Layout>
    )
  },
}
