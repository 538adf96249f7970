import type { ITranslationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { MEDUSA_LOCALE } from "@canting/domain"

/**
 * Medusa reads translations through its Caching module and keeps "no translation yet" as an entry
 * that no event clears (an empty result names no entity); after a translation changes, the cache
 * is cleared so the new text shows at once. Without the Caching module there is nothing to clear.
 */
export async function clearTranslationCache(container: { resolve: (key: string) => unknown }) {
  let caching: { clear: (o: { tags: string[] }) => Promise<void> } | undefined
  try {
    caching = container.resolve(Modules.CACHING) as typeof caching
  } catch {
    return
  }
  await caching?.clear({ tags: ["*"] })
}

type Undo = { id: string; translations?: Record<string, unknown>; created?: boolean } | undefined
export type UpsertTranslationInput = { reference: string; reference_id: string; fields: Record<string, string | undefined> }

/**
 * Stores the English text of a record's translatable fields (product title/description,
 * seller story) in the Translation module, merging with what is there; undone by restoring it.
 */
export const upsertEnglishTranslationStep = createStep(
  "upsert-english-translation",
  async (input: UpsertTranslationInput, { container }) => {
    const fields = Object.fromEntries(Object.entries(input.fields).filter(([, v]) => v !== undefined))
    if (!Object.keys(fields).length) return new StepResponse<undefined, Undo>(undefined)
    const translation = container.resolve<ITranslationModuleService>(Modules.TRANSLATION)
    const key = { reference_id: input.reference_id, reference: input.reference, locale_code: MEDUSA_LOCALE.en }
    const [existing] = await translation.listTranslations(key)
    if (existing) {
      await translation.updateTranslations({ id: existing.id, translations: { ...existing.translations, ...fields } })
      await clearTranslationCache(container)
      return new StepResponse<undefined, Undo>(undefined, { id: existing.id, translations: existing.translations })
    }
    const [created] = await translation.createTranslations([{ ...key, translations: fields }])
    await clearTranslationCache(container)
    return new StepResponse<undefined, Undo>(undefined, { id: created.id, created: true })
  },
  async (undo, { container }) => {
    if (!undo) return
    const translation = container.resolve<ITranslationModuleService>(Modules.TRANSLATION)
    if (undo.created) await translation.deleteTranslations(undo.id)
    else await translation.updateTranslations({ id: undo.id, translations: undo.translations })
    await clearTranslationCache(container)
  }
)
