import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { MEDUSA_LOCALE } from "@canting/domain"

type Undo = { id: string; translations?: Record<string, unknown>; created?: boolean } | undefined

/** Stores the English title/description of a product in the Translation module; undone by restoring them. */
export const upsertProductTranslationStep = createStep(
  "upsert-product-translation",
  async (input: { product_id: string; title?: string; description?: string }, { container }) => {
    const fields = Object.fromEntries(Object.entries({ title: input.title, description: input.description }).filter(([, v]) => v !== undefined))
    if (!Object.keys(fields).length) return new StepResponse<undefined, Undo>(undefined)
    const translation = container.resolve(Modules.TRANSLATION) as any
    const [existing] = await translation.listTranslations({ reference_id: input.product_id, reference: "product", locale_code: MEDUSA_LOCALE.en })
    if (existing) {
      await translation.updateTranslations({ id: existing.id, translations: { ...existing.translations, ...fields } })
      return new StepResponse<undefined, Undo>(undefined, { id: existing.id, translations: existing.translations })
    }
    const [created] = await translation.createTranslations([{ reference_id: input.product_id, reference: "product", locale_code: MEDUSA_LOCALE.en, translations: fields }])
    return new StepResponse<undefined, Undo>(undefined, { id: created.id, created: true })
  },
  async (undo, { container }) => {
    if (!undo) return
    const translation = container.resolve(Modules.TRANSLATION) as any
    if (undo.created) await translation.deleteTranslations(undo.id)
    else await translation.updateTranslations({ id: undo.id, translations: undo.translations })
  }
)
