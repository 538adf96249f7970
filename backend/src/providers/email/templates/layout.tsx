// React Email's primitives one package each: its `components` bundle would also load Tailwind, Prism
// and a Markdown parser into every backend process, none of which these emails use.
import { Body } from "@react-email/body"
import { Button } from "@react-email/button"
import { Container } from "@react-email/container"
import { Head } from "@react-email/head"
import { Heading } from "@react-email/heading"
import { Hr } from "@react-email/hr"
import { Html } from "@react-email/html"
import { Link } from "@react-email/link"
import { Preview } from "@react-email/preview"
import { Section } from "@react-email/section"
import { Text } from "@react-email/text"
import type { ReactNode } from "react"
import type { EmailCopy } from "./copy"

const page = { backgroundColor: "#f6f1e7", fontFamily: "Helvetica, Arial, sans-serif", color: "#2b2118", margin: 0, padding: "24px 0" }
const card = { backgroundColor: "#ffffff", borderRadius: "8px", maxWidth: "560px", padding: "24px 32px" }
const brand = { fontSize: "14px", letterSpacing: "0.2em", textTransform: "uppercase" as const, color: "#7a4b22", margin: "0 0 16px" }
const heading = { fontSize: "22px", lineHeight: "1.3", margin: "0 0 16px" }
const text = { fontSize: "15px", lineHeight: "1.6", margin: "0 0 12px" }
const muted = { ...text, fontSize: "13px", color: "#6b5d50" }
const button = { backgroundColor: "#7a4b22", color: "#ffffff", borderRadius: "6px", padding: "12px 20px", fontSize: "15px", textDecoration: "none" }

export type Action = { label: string; href: string }

/** One paragraph of body copy. */
export const P = ({ children }: { children: ReactNode }) => <Text style={text}>{children}</Text>
/** A quieter paragraph: notes, small print. */
export const Small = ({ children }: { children: ReactNode }) => <Text style={muted}>{children}</Text>

/**
 * Every email's frame: brand line, heading, greeting, the template's body, one call to action with
 * its link written out (for clients that hide buttons, and for the plain-text part), sign-off, footer.
 */
export function Layout({ copy, title, name, action, children }: { copy: EmailCopy; title: string; name?: string | null; action?: Action | null; children: ReactNode }) {
  return (
    <Html lang={copy.locale}>
      <Head />
      <Preview>{title}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Text style={brand}>Canting</Text>
          <Heading as="h1" style={heading}>{title}</Heading>
          <P>{name ? copy.t("layout.greeting", { name }) : copy.t("layout.greetingAnonymous")}</P>
          {children}
          {action && (
            <Section style={{ margin: "20px 0" }}>
              <Button href={action.href} style={button}>{action.label}</Button>
              <Small>
                {copy.t("layout.linkFallback")} <Link href={action.href}>{action.href}</Link>
              </Small>
            </Section>
          )}
          <P>
            {copy.t("layout.signoff")}
            <br />
            {copy.t("layout.team")}
          </P>
          <Hr />
          <Small>{copy.t("layout.footer")}</Small>
        </Container>
      </Body>
    </Html>
  )
}
