import { Layout, P, Small } from "./layout"
import { num, str, type Data, type EmailTemplate } from "./data"
import type { EmailCopy } from "./copy"

const scheme = (d: Data, copy: EmailCopy) => copy.label("vocab", "certScheme", str(d.scheme))
const action = (copy: EmailCopy) => ({ label: copy.t("certificate.action"), href: copy.link("/seller/certifications") })
/** The number the seller entered for its certificate, when there is one; never one made up here. */
const Number_ = ({ d, copy }: { d: Data; copy: EmailCopy }) => (str(d.number) ? <P>{copy.t("certificate.number", { number: str(d.number) })}</P> : null)

/** `certificate-<verified|rejected|revoked>` (workflows/certification/workflows/transition-certificate.ts), with the operator's note. */
export const certificateDecided = (status: "verified" | "rejected" | "revoked"): EmailTemplate => ({
  subject: (d, copy) => copy.t(`certificate.${status}.subject`, { scheme: scheme(d, copy) }),
  Body: ({ d, copy }) => (
    <Layout copy={copy} title={copy.t(`certificate.${status}.heading`)} name={str(d.seller_name)} action={action(copy)}>
      <P>{copy.t(`certificate.${status}.body`, { scheme: scheme(d, copy) })}</P>
      <Number_ d={d} copy={copy} />
      {str(d.note) && <Small>{copy.t("layout.note", { note: str(d.note) })}</Small>}
    </Layout>
  ),
})

/** `certificate-expiring-<60|30>` (workflows/certification/run-expiry.ts): the expiry date and the days left. */
export const certificateExpiring = (days: 60 | 30): EmailTemplate => ({
  subject: (d, copy) => copy.t("certificate.expiring.subject", { scheme: scheme(d, copy), days: num(d.days_left) ?? days }),
  Body: ({ d, copy }) => (
    <Layout copy={copy} title={copy.t("certificate.expiring.heading")} name={str(d.seller_name)} action={action(copy)}>
      <P>{copy.t("certificate.expiring.body", { scheme: scheme(d, copy), date: copy.date(d.expires_at) })}</P>
      <Number_ d={d} copy={copy} />
    </Layout>
  ),
})
