import { Button, Drawer, Hint, Label, Text, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useCopy } from "../../lib/i18n"
import type { ReviewAction } from "../../lib/sellers"

type ReasonedAction = Extract<ReviewAction, "reject" | "request-changes" | "suspend">

interface ReasonDrawerProps {
  action: ReasonedAction
  open: boolean
  sellerName: string
  pending: boolean
  onClose: () => void
  onSubmit: (reason: string) => void
}

/** Asks for the reason a seller is told when rejected, asked for changes or suspended. */
export function ReasonDrawer({ action, open, sellerName, pending, onClose, onSubmit }: ReasonDrawerProps) {
  const { t } = useCopy()
  const [reason, setReason] = useState("")
  const [missing, setMissing] = useState(false)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = reason.trim()
    if (!trimmed) return setMissing(true)
    onSubmit(trimmed)
  }

  return (
    <Drawer open={open} onOpenChange={(next) => !next && !pending && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t(`confirm.${action}`, { name: sellerName })}</Drawer.Title>
            <Drawer.Description className="sr-only">{t("reason.hint")}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-2">
            <Label htmlFor="seller-review-reason">{t("reason.label")}</Label>
            <Textarea
              id="seller-review-reason"
              rows={8}
              value={reason}
              aria-invalid={missing}
              onChange={(event) => {
                setReason(event.target.value)
                if (missing) setMissing(false)
              }}
            />
            {missing ? (
              <Hint variant="error">{t("reason.required")}</Hint>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                {t("reason.hint")}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" variant="secondary" size="small" disabled={pending}>
                {t("confirm.cancel")}
              </Button>
            </Drawer.Close>
            <Button type="submit" size="small" variant={action === "request-changes" ? "primary" : "danger"} isLoading={pending}>
              {t(`action.${action}`)}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
