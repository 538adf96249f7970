import { Badge, Text } from "@medusajs/ui"
import type { Copy } from "../../lib/i18n"
import type { SellerDetail } from "../../lib/sellers"
import { Section } from "./section"

interface Props {
  seller: SellerDetail
  copy: Copy
}

function storyTexts(story: SellerDetail["story"]): { id?: string | null; en?: string | null } {
  if (!story) return {}
  return typeof story === "string" ? { id: story } : story
}

/** The workshop's story as the seller wrote it, Indonesian and English side by side. */
export function StorySection({ seller, copy: { t } }: Props) {
  const story = storyTexts(seller.story)
  return (
    <Section title={t("detail.story")}>
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
        {(["id", "en"] as const).map((lang) => (
          <div key={lang} lang={lang} className="flex flex-col gap-y-1">
            <Text size="small" weight="plus" className="text-ui-fg-subtle">
              {t(`story.${lang}`)}
            </Text>
            {/* Plain text from the seller: rendered as text, never as HTML. */}
            <Text size="small" className="whitespace-pre-line break-words">
              {story[lang] || "—"}
            </Text>
          </div>
        ))}
      </div>
    </Section>
  )
}

/** The accounts that sign in for this seller. */
export function MembersSection({ seller, copy: { t } }: Props) {
  const members = seller.members ?? []
  return (
    <Section title={t("detail.members")}>
      {members.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          —
        </Text>
      ) : (
        members.map((member) => (
          <div key={member.id} className="flex items-center justify-between gap-x-4 px-6 py-3">
            <div className="flex min-w-0 flex-col">
              <Text size="small" weight="plus" className="truncate">
                {member.name || member.email}
              </Text>
              {member.name ? (
                <Text size="small" className="text-ui-fg-subtle truncate">
                  {member.email}
                </Text>
              ) : null}
            </div>
            <Badge size="2xsmall">{member.role === "owner" ? t("role.owner") : t("role.staff")}</Badge>
          </div>
        ))
      )}
    </Section>
  )
}
