import { Badge, Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useChangeRequestDecision, useUserNames } from "../../lib/hooks"
import type { Copy, CopyKey } from "../../lib/i18n"
import type { SellerChangeRequest, SellerDetail } from "../../lib/sellers"
import { NoteDrawer } from "./document-review"
import { Section } from "./section"

const STATE_COLOR = { pending: "orange", accepted: "green", rejected: "red" } as const

/** The admin copy key that labels each locked identity field. */
const FIELD_LABEL: Record<string, CopyKey> = {
  name: "list.name", handle: "list.handle", owner_name: "field.ownerName", nib: "field.nib", npwp: "field.npwp", kbli: "field.kbli",
  scale_basis: "field.scaleBasis", declared_amount_idr: "field.declaredAmount", street: "field.street", kelurahan: "field.kelurahan",
  kecamatan: "field.kecamatan", city: "field.city", province: "field.province", postcode: "field.postcode",
}

function show(copy: Copy, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—"
  if (Array.isArray(value)) return value.join(", ")
  if (field === "declared_amount_idr") return copy.rupiah(Number(value))
  if (field === "scale_basis" && copy.has(`scaleBasis.${value}`)) return copy.t(`scaleBasis.${value}` as CopyKey)
  return String(value)
}

function RequestRow({ seller, request, copy, who }: { seller: SellerDetail; request: SellerChangeRequest; copy: Copy; who: (id: string) => string }) {
  const { t } = copy
  const prompt = usePrompt()
  const decide = useChangeRequestDecision(copy.apiLocale)
  const [drawer, setDrawer] = useState({ open: false, key: 0 })
  const documents = new Map((seller.documents ?? []).map((d) => [d.id, d]))

  const run = async (decision: "accept" | "reject", note?: string) => {
    try {
      const { change_request } = await decide.mutateAsync({ id: request.id, decision, note })
      toast.success(t("changeRequest.done", { state: t(`changeRequest.status.${change_request.status}`) }))
      return true
    } catch (error) {
      toast.error(t("changeRequest.failed"), { description: (error as Error).message })
      return false
    }
  }
  const accept = async () => {
    const confirmed = await prompt({
      variant: "confirmation", title: t("changeRequest.accept"), description: t("changeRequest.confirmAccept", { name: seller.name }),
      confirmText: t("changeRequest.accept"), cancelText: t("confirm.cancel"),
    })
    if (confirmed) await run("accept")
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-x-2">
          <Badge size="2xsmall" color={STATE_COLOR[request.status] ?? "grey"}>{t(`changeRequest.status.${request.status}`)}</Badge>
          <Text size="small" className="text-ui-fg-subtle">{t("changeRequest.requestedAt", { date: copy.date(request.created_at) })}</Text>
        </div>
        {request.status === "pending" ? (
          <div className="flex items-center gap-x-2">
            <Button size="small" variant="secondary" disabled={decide.isPending} onClick={accept}>{t("changeRequest.accept")}</Button>
            <Button size="small" variant="danger" disabled={decide.isPending} onClick={() => setDrawer({ open: true, key: drawer.key + 1 })}>
              {t("changeRequest.reject")}
            </Button>
          </div>
        ) : null}
      </div>
      <table className="txt-compact-small w-full text-left">
        <thead className="text-ui-fg-muted">
          <tr><th className="font-normal">{t("changeRequest.field")}</th><th className="font-normal">{t("changeRequest.current")}</th><th className="font-normal">{t("changeRequest.requested")}</th></tr>
        </thead>
        <tbody>
          {Object.entries(request.changes).map(([field, value]) => (
            <tr key={field}>
              <td className="text-ui-fg-subtle pr-2">{FIELD_LABEL[field] ? t(FIELD_LABEL[field]) : field}</td>
              <td className="pr-2 line-through decoration-ui-fg-muted">{show(copy, field, request.previous?.[field])}</td>
              <td className="font-medium">{show(copy, field, value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text size="small" className="bg-ui-bg-subtle whitespace-pre-line break-words rounded-md px-3 py-2">
        <span className="text-ui-fg-muted">{t("changeRequest.reason")}: </span>{request.reason}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {t("changeRequest.evidence")}:{" "}
        {request.document_ids.length
          ? request.document_ids.map((id) => documents.get(id)?.filename ?? id).join(", ")
          : t("changeRequest.noEvidence")}
      </Text>
      {request.decided_at ? (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("changeRequest.decidedAt", { date: copy.date(request.decided_at), who: who(request.decided_by ?? "") })}
          {request.decision_note ? ` · ${request.decision_note}` : ""}
        </Text>
      ) : null}
      <NoteDrawer
        key={drawer.key}
        open={drawer.open}
        title={t("changeRequest.rejectTitle", { name: seller.name })}
        pending={decide.isPending}
        copy={copy}
        onClose={() => setDrawer({ ...drawer, open: false })}
        onSubmit={async (note) => {
          if (await run("reject", note)) setDrawer({ ...drawer, open: false })
        }}
      />
    </div>
  )
}

/**
 * The seller's requests to change its verified identity, pending first: what changes (current →
 * requested), why, with which evidence; a pending one is accepted (applied) or rejected with a note.
 */
export function ChangeRequestsSection({ seller, copy }: { seller: SellerDetail; copy: Copy }) {
  const requests = [...(seller.change_requests ?? [])].sort((a, b) =>
    Number(b.status === "pending") - Number(a.status === "pending") || b.created_at.localeCompare(a.created_at))
  const users = useUserNames(requests.map((r) => r.decided_by).filter((id): id is string => !!id))
  const who = (id: string) => users.data?.get(id) ?? id
  if (!requests.length) return null
  return (
    <Section title={copy.t("changeRequest.title")}>
      {requests.map((request) => <RequestRow key={request.id} seller={seller} request={request} copy={copy} who={who} />)}
    </Section>
  )
}
