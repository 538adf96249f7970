import { Badge, Text } from "@medusajs/ui"
import { useUserNames } from "../../lib/hooks"
import type { Copy } from "../../lib/i18n"
import type { SellerDetail } from "../../lib/sellers"
import { Section } from "./section"
import { kindLabel } from "./documents-section"

const COLOR = { accepted: "green", rejected: "red" } as const

/** Every decision the operators made on the seller's documents, newest first: which paper, what, who, when, note. */
export function DocumentDecisionsSection({ seller, copy }: { seller: SellerDetail; copy: Copy }) {
  const { t } = copy
  const decisions = [...(seller.document_decisions ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at))
  const users = useUserNames(decisions.map((d) => d.actor_id))
  return (
    <Section title={t("decisions.title")}>
      {decisions.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("decisions.none")}</Text>
      ) : (
        <ol className="divide-y">
          {decisions.map((d) => (
            <li key={d.id} className="flex flex-col gap-y-1 px-6 py-3">
              <div className="flex items-center gap-x-2">
                <Text size="small" weight="plus">{kindLabel(copy, d.kind)}</Text>
                <Badge size="2xsmall" color={COLOR[d.decision] ?? "grey"}>{t(`docState.${d.decision}`)}</Badge>
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {copy.date(d.created_at)} · {t("history.by", { who: users.data?.get(d.actor_id) ?? d.actor_id })}
              </Text>
              {d.note ? <Text size="small" className="whitespace-pre-line break-words">{d.note}</Text> : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  )
}
