import { Column } from "@react-email/column"
import { Row } from "@react-email/row"
import { Section } from "@react-email/section"
import { Text } from "@react-email/text"
import { Layout, P, Small } from "./layout"
import { list, num, obj, str, type Data, type EmailTemplate } from "./data"
import type { EmailCopy } from "./copy"

const cell = { fontSize: "14px", lineHeight: "1.5", margin: "2px 0" }
const strong = { ...cell, fontWeight: 700, margin: "12px 0 4px" }

const itemText = (i: Data, copy: EmailCopy) => {
  const vars = { quantity: num(i.quantity) ?? 1, title: str(i.title), variant: str(i.variant_title) }
  return copy.t(vars.variant ? "order.itemVariant" : "order.item", vars)
}

/** A label and, when known, an amount on the right. */
function Line({ label, amount, currency, copy, bold }: { label: string; amount?: number | null; currency: string; copy: EmailCopy; bold?: boolean }) {
  const style = bold ? { ...cell, fontWeight: 700 } : cell
  return (
    <Row>
      <Column><Text style={style}>{label}</Text></Column>
      <Column align="right"><Text style={style}>{amount != null ? copy.money(amount, currency) : ""}</Text></Column>
    </Row>
  )
}

/** Items (with their line totals when `priced`) under an optional heading, then the part's shipping. */
function Items({ title, items, copy, currency, priced, shipping }: { title?: string; items: Data[]; copy: EmailCopy; currency: string; priced?: boolean; shipping?: Data }) {
  const method = str(shipping?.name)
  return (
    <Section>
      {title && <Text style={strong}>{title}</Text>}
      {items.map((i, n) => <Line key={str(i.id) || n} label={itemText(i, copy)} amount={priced ? num(i.total) ?? num(i.unit_price) : null} currency={currency} copy={copy} />)}
      {method && <Line label={copy.t("order.shippingMethod", { method })} amount={num(shipping?.amount)} currency={currency} copy={copy} />}
    </Section>
  )
}

const orderVars = (d: Data) => ({ display_id: str(d.display_id) || str(d.order_id) })
const shopperOrder = (d: Data, copy: EmailCopy) => ({ label: copy.t("order.viewOrder"), href: copy.link(`/account/orders/${encodeURIComponent(str(d.order_id))}`) })
const sellerOrder = (d: Data, copy: EmailCopy) => ({ label: copy.t("order.viewSellerOrder"), href: copy.link(`/seller/orders/${encodeURIComponent(str(d.order_id))}`) })

/** `order-placed` (workflows/order/steps/notify-order-placed.ts): the shopper's items by workshop, totals, bank-transfer note. */
export const orderPlaced: EmailTemplate = {
  subject: (d, copy) => copy.t("orderPlaced.subject", orderVars(d)),
  Body: ({ d, copy }) => {
    const currency = str(d.currency_code)
    const totals = obj(d.totals)
    const optional = (key: "tax_total" | "discount_total") => (num(totals[key]) ?? 0) !== 0
    return (
      <Layout copy={copy} title={copy.t("orderPlaced.heading")} action={shopperOrder(d, copy)}>
        <P>{copy.t("orderPlaced.body", orderVars(d))}</P>
        {obj(d.payment).bank_transfer === true && <P>{copy.t("orderPlaced.bankTransfer")}</P>}
        {list(d.sellers).map((g, n) => (
          <Items key={n} title={copy.t("order.from", { seller: str(obj(g.seller).name) })} items={list(g.items)} copy={copy} currency={currency} priced shipping={obj(g.shipping)} />
        ))}
        {list(d.other_items).length > 0 && <Items title={copy.t("order.otherItems")} items={list(d.other_items)} copy={copy} currency={currency} priced />}
        <Section style={{ marginTop: "12px" }}>
          <Line label={copy.t("order.subtotal")} amount={num(totals.item_subtotal)} currency={currency} copy={copy} />
          <Line label={copy.t("order.shipping")} amount={num(totals.shipping_total)} currency={currency} copy={copy} />
          {optional("tax_total") && <Line label={copy.t("order.tax")} amount={num(totals.tax_total)} currency={currency} copy={copy} />}
          {optional("discount_total") && <Line label={copy.t("order.discount")} amount={num(totals.discount_total)} currency={currency} copy={copy} />}
          <Line label={copy.t("order.total")} amount={num(totals.total)} currency={currency} copy={copy} bold />
        </Section>
      </Layout>
    )
  },
}

/** `seller-new-order` (notify-order-placed.ts): one workshop's own items and shipping. */
export const sellerNewOrder: EmailTemplate = {
  subject: (d, copy) => copy.t("sellerNewOrder.subject", { ...orderVars(d), seller: str(d.seller_name) }),
  Body: ({ d, copy }) => {
    const currency = str(d.currency_code)
    return (
      <Layout copy={copy} title={copy.t("sellerNewOrder.heading")} name={str(d.seller_name)} action={sellerOrder(d, copy)}>
        <P>{copy.t("sellerNewOrder.body", orderVars(d))}</P>
        <Items items={list(d.items)} copy={copy} currency={currency} priced shipping={obj(d.shipping)} />
        {num(d.subtotal) !== null && <Line label={copy.t("order.subtotal")} amount={num(d.subtotal)} currency={currency} copy={copy} bold />}
      </Layout>
    )
  },
}

/** `order-canceled-unpaid` (workflows/order/steps/notify-order-canceled-unpaid.ts): the shopper's order, cancelled unpaid. */
export const orderCanceledUnpaid: EmailTemplate = {
  subject: (d, copy) => copy.t("orderCanceledUnpaid.subject", orderVars(d)),
  Body: ({ d, copy }) => {
    const days = num(d.days)
    const currency = str(d.currency_code)
    return (
      <Layout copy={copy} title={copy.t("orderCanceledUnpaid.heading")} action={{ label: copy.t("orderCanceledUnpaid.action"), href: copy.link("/products") }}>
        <P>{days !== null ? copy.t("orderCanceledUnpaid.body", { ...orderVars(d), days }) : copy.t("orderCanceledUnpaid.bodyNoDays", orderVars(d))}</P>
        <Items items={list(d.items)} copy={copy} currency={currency} />
        {num(d.total) !== null && <Line label={copy.t("order.total")} amount={num(d.total)} currency={currency} copy={copy} bold />}
      </Layout>
    )
  },
}

/** `seller-order-canceled-unpaid` (notify-order-canceled-unpaid.ts): the workshop's items, not to be shipped. */
export const sellerOrderCanceledUnpaid: EmailTemplate = {
  subject: (d, copy) => copy.t("sellerOrderCanceledUnpaid.subject", orderVars(d)),
  Body: ({ d, copy }) => (
    <Layout copy={copy} title={copy.t("sellerOrderCanceledUnpaid.heading")} name={str(d.seller_name)} action={sellerOrder(d, copy)}>
      <P>{copy.t("sellerOrderCanceledUnpaid.body", orderVars(d))}</P>
      <Items items={list(d.items)} copy={copy} currency={str(d.currency_code)} />
    </Layout>
  ),
}

/** Only a web address is offered as a link: the tracking URL is what a seller typed. */
const webUrl = (v: unknown) => (/^https?:\/\/\S+$/i.test(str(v)) ? str(v) : "")

/** `order-shipped` (workflows/order/steps/notify-order-shipped.ts): one workshop's part, with its tracking number. */
export const orderShipped: EmailTemplate = {
  subject: (d, copy) => copy.t("orderShipped.subject", { ...orderVars(d), seller: str(d.seller_name) || str(obj(d.seller).name) }),
  Body: ({ d, copy }) => {
    const seller = str(d.seller_name) || str(obj(d.seller).name)
    const tracking = webUrl(d.tracking_url)
    return (
      <Layout copy={copy} title={copy.t("orderShipped.heading")}
        action={tracking ? { label: copy.t("orderShipped.track"), href: tracking } : shopperOrder(d, copy)}>
        <P>{copy.t("orderShipped.body", { ...orderVars(d), seller })}</P>
        <Items items={list(d.items)} copy={copy} currency="" />
        {str(d.tracking_number) && <P>{copy.t("orderShipped.tracking", { number: str(d.tracking_number) })}</P>}
        {str(d.carrier) && <Small>{copy.t("orderShipped.carrier", { carrier: str(d.carrier) })}</Small>}
      </Layout>
    )
  },
}
