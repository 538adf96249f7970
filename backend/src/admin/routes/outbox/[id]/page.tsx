import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link, useParams } from "react-router-dom"
import { outboxKeys, retrieveOutboxMessage } from "../api"
import { useOutboxCopy } from "../copy"

/**
 * One outbox email: its headers, the HTML as a mail client would show it and the plain-text part.
 * The HTML is shown in a sandboxed frame with no scripts, apart from the dashboard's own page.
 */
const OutboxMessagePage = () => {
  const copy = useOutboxCopy()
  const { id = "" } = useParams()
  const { data, error } = useQuery({ queryKey: outboxKeys.one(id), queryFn: () => retrieveOutboxMessage(id), retry: false })
  const message = data?.message
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Link to="/outbox" className="text-ui-fg-interactive txt-compact-small">{copy.t("back")}</Link>
        <Heading>{message?.subject ?? copy.t("title")}</Heading>
        {message && (
          <Text size="small" className="text-ui-fg-subtle">
            {copy.t("col.to")}: {message.to} · {copy.t("col.date")}: {copy.date(message.date)} · {copy.t("col.template")}: {message.template ?? "—"}
          </Text>
        )}
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-subtle">{copy.t("failed")}</Text>}
      {message && (
        <Tabs defaultValue={message.html ? "html" : "text"} className="px-6 py-4">
          <Tabs.List>
            {message.html && <Tabs.Trigger value="html">{copy.t("html")}</Tabs.Trigger>}
            <Tabs.Trigger value="text">{copy.t("text")}</Tabs.Trigger>
          </Tabs.List>
          {message.html && (
            <Tabs.Content value="html" className="pt-4">
              <iframe title={message.subject} sandbox="" srcDoc={message.html} className="h-[70vh] w-full rounded-md border" />
            </Tabs.Content>
          )}
          <Tabs.Content value="text" className="pt-4">
            <pre className="whitespace-pre-wrap txt-compact-small">{message.text}</pre>
          </Tabs.Content>
        </Tabs>
      )}
    </Container>
  )
}

export default OutboxMessagePage
