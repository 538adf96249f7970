import { Layout, P, Small } from "./layout"
import { num, str, type EmailTemplate } from "./data"

/** `password-reset`: the link of `POST /auth/{customer|seller}/emailpass/reset-password` (lib/password-reset.ts). */
export const passwordReset: EmailTemplate = {
  subject: (_d, copy) => copy.t("passwordReset.subject"),
  Body: ({ d, copy }) => {
    const account = copy.t(d.actor === "seller" ? "passwordReset.account.seller" : "passwordReset.account.customer")
    const url = str(d.reset_url)
    const minutes = num(d.expires_in_minutes)
    return (
      <Layout copy={copy} title={copy.t("passwordReset.heading")} action={url ? { label: copy.t("passwordReset.action"), href: url } : null}>
        <P>{copy.t("passwordReset.body", { account })}</P>
        {minutes !== null && <P>{copy.t("passwordReset.expires", { minutes })}</P>}
        <Small>{copy.t("passwordReset.ignore")}</Small>
      </Layout>
    )
  },
}
