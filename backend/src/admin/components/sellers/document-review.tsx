import { Button, Drawer, Hint, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { useDocumentReview } from "../../lib/hooks"
import type { Copy } from "../../lib/i18n"
import type { DocumentReviewState, SellerDocument } from "../../lib/sellers"

const NOTE_MAX = 500

/**
 * Accept / Reject for one seller document. A rejection opens a drawer asking for the note the
 * seller sees (required, at most 500 characters); the API checks the same rules.
 */
export function DocumentReviewActions({ sellerId, doc, label, copy }: { sellerId: string; doc: SellerDocument; label: string; copy: Copy }) {
  const { t } = copy
  const review = useDocumentReview(sellerId, copy.apiLocale)
  const [drawer, setDrawer] = useState<{ open: boolean; key: number }>({ open: false, key: 0 })

  const run = async (state: DocumentReviewState, note?: string) => {
    try {
      await review.mutateAsync({ documentId: doc.id, state, note })
      toast.success(t("docReview.done", { document: label, state: t(`docState.${state}`) }))
      return true
    } catch (error) {
      // The API's message is already in the admin's language (x-medusa-locale).
      toast.error(t("docReview.failed"), { description: (error as Error).message })
      return false
    }
  }

  return (
    <>
      <Button
        size="small"
        variant="secondary"
        disabled={review.isPending || doc.review_state === "accepted"}
        isLoading={review.isPending && review.variables?.state === "accepted"}
        onClick={() => run("accepted")}
        // Every document row has these two buttons: the accessible name says which document.
        aria-label={t("docReview.acceptTitle", { document: label })}
      >
        {t("docReview.accept")}
      </Button>
      <Button
        size="small"
        variant="danger"
        disabled={review.isPending}
        onClick={() => setDrawer({ open: true, key: drawer.key + 1 })}
        aria-label={t("docReview.rejectTitle", { document: label })}
      >
        {t("docReview.reject")}
      </Button>
      <NoteDrawer
        key={drawer.key}
        open={drawer.open}
        title={t("docReview.rejectTitle", { document: label })}
        pending={review.isPending}
        copy={copy}
        onClose={() => setDrawer({ ...drawer, open: false })}
        onSubmit={async (note) => {
          if (await run("rejected", note)) setDrawer({ ...drawer, open: false })
        }}
      />
    </>
  )
}

/** Asks for the note the seller sees (required, at most 500 characters); also used to reject a change request. */
export function NoteDrawer({ open, title, pending, copy, onClose, onSubmit }: {
  open: boolean
  title: string
  pending: boolean
  copy: Copy
  onClose: () => void
  onSubmit: (note: string) => void
}) {
  const { t } = copy
  const [note, setNote] = useState("")
  const [problem, setProblem] = useState<"docReview.noteRequired" | "docReview.noteTooLong" | null>(null)
  const fieldId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = note.trim()
    if (!trimmed) return setProblem("docReview.noteRequired")
    if (trimmed.length > NOTE_MAX) return setProblem("docReview.noteTooLong")
    onSubmit(trimmed)
  }

  return (
    <Drawer open={open} onOpenChange={(next) => !next && !pending && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description className="sr-only">{t("docReview.noteHint")}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-2">
            <Label htmlFor={fieldId}>{t("docReview.noteLabel")}</Label>
            <Textarea
              id={fieldId}
              rows={6}
              value={note}
              aria-invalid={problem !== null}
              onChange={(event) => {
                setNote(event.target.value)
                if (problem) setProblem(null)
              }}
            />
            {problem ? (
              <Hint variant="error">{t(problem)}</Hint>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                {t("docReview.noteHint")} ({note.trim().length}/{NOTE_MAX})
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" variant="secondary" size="small" disabled={pending}>
                {t("confirm.cancel")}
              </Button>
            </Drawer.Close>
            <Button type="submit" size="small" variant="danger" isLoading={pending}>
              {t("docReview.reject")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
