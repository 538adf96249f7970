import { ArrowDownTray, ArrowUpRightOnBox } from "@medusajs/icons"
import { Badge, Button, Text } from "@medusajs/ui"
import { useState } from "react"
import type { Copy } from "../../lib/i18n"
import type { SellerDetail, SellerDocument } from "../../lib/sellers"
import { DocumentPreview, useDocumentUrl } from "./document-preview"
import { DocumentReviewActions } from "./document-review"
import { Section } from "./section"

const STATE_COLOR = { pending: "grey", accepted: "green", rejected: "red" } as const

/** A document kind's label, or the code itself when it has none. */
export function kindLabel(copy: Copy, kind: string) {
  const key = `docKind.${kind}`
  return copy.has(key) ? copy.t(key) : kind
}

function fileSize(bytes: number) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

function DocumentRow({ sellerId, doc, copy }: { sellerId: string; doc: SellerDocument; copy: Copy }) {
  const { t } = copy
  const [open, setOpen] = useState(true)
  const file = useDocumentUrl(sellerId, doc, open)
  const state = STATE_COLOR[doc.review_state] ? doc.review_state : "pending"

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex min-w-0 flex-col">
          <div className="flex items-center gap-x-2">
            <Text size="small" weight="plus">
              {kindLabel(copy, doc.kind)}
            </Text>
            <Badge size="2xsmall" color={STATE_COLOR[state]}>
              {t(`docState.${state}`)}
            </Badge>
          </div>
          <Text size="small" className="text-ui-fg-subtle truncate">
            {doc.filename} · {fileSize(doc.size)} · {copy.date(doc.created_at)}
          </Text>
          {doc.review_note ? (
            <Text size="small" className="text-ui-fg-subtle whitespace-pre-line">
              {doc.review_note}
            </Text>
          ) : null}
          {doc.reviewed_at ? (
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("docReview.reviewedAt", { date: copy.date(doc.reviewed_at) })}
            </Text>
          ) : null}
        </div>
        <div className="flex items-center gap-x-2">
          <DocumentReviewActions sellerId={sellerId} doc={doc} label={kindLabel(copy, doc.kind)} copy={copy} />
          {file.url ? (
            <>
              <Button asChild size="small" variant="transparent">
                <a href={file.url} target="_blank" rel="noreferrer" title={t("doc.open")} aria-label={t("doc.open")}>
                  <ArrowUpRightOnBox />
                </a>
              </Button>
              <Button asChild size="small" variant="transparent">
                <a href={file.url} download={doc.filename} title={t("doc.download")} aria-label={t("doc.download")}>
                  <ArrowDownTray />
                </a>
              </Button>
            </>
          ) : null}
          <Button size="small" variant="secondary" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
            {open ? t("doc.hide") : t("doc.show")}
          </Button>
        </div>
      </div>
      {open ? <DocumentPreview doc={doc} {...file} /> : null}
    </div>
  )
}

/** The papers the seller uploaded for review, each viewable inline. */
export function DocumentsSection({ seller, copy }: { seller: SellerDetail; copy: Copy }) {
  const documents = seller.documents ?? []
  return (
    <Section title={copy.t("detail.documents")}>
      {documents.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {copy.t("doc.none")}
        </Text>
      ) : (
        documents.map((doc) => <DocumentRow key={doc.id} sellerId={seller.id} doc={doc} copy={copy} />)
      )}
    </Section>
  )
}
