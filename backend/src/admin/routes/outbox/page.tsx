import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useNavigate } from "react-router-dom"
import { isOutboxOff, listOutbox, outboxKeys } from "./api"
import { useOutboxCopy } from "./copy"

/** Outbox (demo): the emails the backend wrote to its outbox folder because no SMTP server is set. */
const OutboxPage = () => {
  const copy = useOutboxCopy()
  const navigate = useNavigate()
  const { data, isLoading, error } = useQuery({ queryKey: outboxKeys.all, queryFn: listOutbox, retry: false })
  const messages = data?.messages ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading>{copy.t("title")}</Heading>
        {data && <Text size="small" className="text-ui-fg-subtle">{copy.t("lead", { dir: data.dir })}</Text>}
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-subtle">{isOutboxOff(error) ? copy.t("off") : copy.t("failed")}</Text>}
      {!isLoading && data && !messages.length && <Text className="px-6 py-4 text-ui-fg-subtle">{copy.t("empty")}</Text>}
      {messages.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              {(["col.date", "col.to", "col.subject", "col.template"] as const).map((k) => <Table.HeaderCell key={k}>{copy.t(k)}</Table.HeaderCell>)}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {messages.map((m) => (
              <Table.Row key={m.id} className="cursor-pointer" onClick={() => navigate(`/outbox/${m.id}`)}>
                <Table.Cell>{copy.date(m.date)}</Table.Cell>
                <Table.Cell>{m.to}</Table.Cell>
                <Table.Cell>{m.subject}</Table.Cell>
                <Table.Cell><code>{m.template ?? "—"}</code></Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "outbox.nav", translationNs: "emails", icon: Envelope })

export default OutboxPage
