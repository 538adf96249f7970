import { Button, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useSellerTransition } from "../../lib/hooks"
import { useCopy } from "../../lib/i18n"
import { ACTIONS_BY_STATUS, type ReviewAction, type SellerDetail } from "../../lib/sellers"
import { ReasonDrawer } from "./reason-drawer"

type ReasonedAction = Extract<ReviewAction, "reject" | "request-changes" | "suspend">
const isReasoned = (action: ReviewAction): action is ReasonedAction =>
  action === "reject" || action === "request-changes" || action === "suspend"

const VARIANT: Record<ReviewAction, "primary" | "secondary" | "danger"> = {
  approve: "primary",
  reinstate: "primary",
  "request-changes": "secondary",
  reject: "danger",
  suspend: "danger",
}

/** The transitions the seller's current status allows, each confirmed before it runs. */
export function ReviewActions({ seller }: { seller: SellerDetail }) {
  const copy = useCopy()
  const prompt = usePrompt()
  // The action stays set while the drawer closes, so its title doesn't blank mid-animation;
  // a new key per opening gives it an empty textarea.
  const [drawer, setDrawer] = useState<{ action: ReasonedAction; open: boolean; key: number }>()
  const transition = useSellerTransition(seller.id, copy.apiLocale)
  const actions = ACTIONS_BY_STATUS[seller.status] ?? []
  if (actions.length === 0) return null

  const run = async (action: ReviewAction, reason?: string) => {
    try {
      const { seller: updated } = await transition.mutateAsync({ action, reason })
      const status = copy.label("sellerStatus", updated?.status ?? null)
      toast.success(copy.t("action.done", { name: seller.name, status }))
      return true
    } catch (error) {
      // The API's message is already in the admin's language (x-medusa-locale).
      toast.error(copy.t("action.failed"), { description: (error as Error).message })
      return false
    }
  }

  const start = async (action: ReviewAction) => {
    if (isReasoned(action)) return setDrawer({ action, open: true, key: (drawer?.key ?? 0) + 1 })
    const confirmed = await prompt({
      variant: "confirmation",
      title: copy.t(`action.${action}`),
      description: copy.t(`confirm.${action}`, { name: seller.name }),
      confirmText: copy.t(`action.${action}`),
      cancelText: copy.t("confirm.cancel"),
    })
    if (confirmed) await run(action)
  }

  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        {actions.map((action) => (
          <Button
            key={action}
            size="small"
            variant={VARIANT[action]}
            disabled={transition.isPending}
            isLoading={transition.isPending && transition.variables?.action === action}
            onClick={() => start(action)}
          >
            {copy.t(`action.${action}`)}
          </Button>
        ))}
      </div>
      {drawer ? (
        <ReasonDrawer
          key={drawer.key}
          action={drawer.action}
          open={drawer.open}
          sellerName={seller.name}
          pending={transition.isPending}
          onClose={() => setDrawer({ ...drawer, open: false })}
          onSubmit={async (reason) => {
            if (await run(drawer.action, reason)) setDrawer({ ...drawer, open: false })
          }}
        />
      ) : null}
    </>
  )
}
