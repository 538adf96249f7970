import { Text } from "@medusajs/ui"
import { useUserNames } from "../../lib/hooks"
import type { Copy } from "../../lib/i18n"
import type { SellerDetail, SellerStatusEvent } from "../../lib/sellers"
import { Section } from "./section"
import { SellerStatusBadge } from "./seller-status-badge"

interface Props {
  seller: SellerDetail
  copy: Copy
}

/** Every recorded status change, newest first: who, when, from → to and the reason given. */
export function HistorySection({ seller, copy }: Props) {
  const { t } = copy
  const events = [...(seller.history ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at))
  const users = useUserNames(events.filter((e) => e.actor_type === "user").map((e) => e.actor_id))
  const members = new Map((seller.members ?? []).map((m) => [m.id, m.name || m.email]))

  const who = (event: SellerStatusEvent) => {
    const name = users.data?.get(event.actor_id) ?? members.get(event.actor_id) ?? event.actor_id
    const type = event.actor_type
    const role = type === "user" || type === "seller" || type === "system" ? t(`actor.${type}`) : type
    return `${role} · ${name}`
  }

  return (
    <Section title={t("detail.history")}>
      {events.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("history.none")}
        </Text>
      ) : (
        <ol className="divide-y">
          {events.map((event, index) => (
            <li key={event.id ?? `${event.created_at}-${index}`} className="flex flex-col gap-y-2 px-6 py-4">
              <div className="flex flex-wrap items-center gap-2">
                <SellerStatusBadge status={event.from_status} />
                <span aria-hidden>→</span>
                <SellerStatusBadge status={event.to_status} />
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {copy.date(event.created_at)} · {t("history.by", { who: who(event) })}
              </Text>
              {event.reason ? (
                <Text size="small" className="bg-ui-bg-subtle whitespace-pre-line break-words rounded-md px-3 py-2">
                  {event.reason}
                </Text>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  )
}
