import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { MEDUSA_LOCALE } from "@canting/domain"

type Undo = { id: string; translations?: Record<string, unknown>; created?: boolean } | undefined

/** Stores the seller's English story in the Translation module; undone by restoring or removing it. */
export const upsertSellerStoryTranslationStep = createStep(
  "upsert-seller-story-translation",
  async (input: { seller_id: string; story_en?: string }, { container }) => {
    if (input.story_en === undefined) return new StepResponse<undefined, Undo>(undefined)
    const translation = container.resolve(Modules.TRANSLATION) as any
    const [existing] = await translation.listTranslations({ reference_id: input.seller_id, reference: "seller", locale_code: MEDUSA_LOCALE.en })
    if (existing) {
      await translation.updateTranslations({ id: existing.id, translations: { ...existing.translations, story: input.story_en } })
      return new StepResponse<undefined, Undo>(undefined, { id: existing.id, translations: existing.translations })
    }
    const [created] = await translation.createTranslations([
      { reference_id: input.seller_id, reference: "seller", locale_code: MEDUSA_LOCALE.en, translations: { story: input.story_en } },
    ])
    return new StepResponse<undefined, Undo>(undefined, { id: created.id, created: true })
  },
  async (undo, { container }) => {
    if (!undo) return
    const translation = container.resolve(Modules.TRANSLATION) as any
    if (undo.created) await translation.deleteTranslations(undo.id)
    else await translation.updateTranslations({ id: undo.id, translations: undo.translations })
  }
)
