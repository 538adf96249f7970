import type { ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MEDUSA_LOCALE } from "@canting/domain"
import { onboardingSteps, type OnboardingStep } from "../../modules/seller/onboarding"

/** The seller's stored profile, documents and English story, reduced to onboarding steps. */
export async function loadOnboarding(container: MedusaContainer, sellerId: string): Promise<{ status: string; steps: OnboardingStep[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: ["*", "documents.kind"], filters: { id: sellerId } })
  const translation = container.resolve<ITranslationModuleService>(Modules.TRANSLATION)
  const [en] = await translation.listTranslations({ reference_id: sellerId, reference: "seller", locale_code: MEDUSA_LOCALE.en })
  const kinds = ((seller.documents ?? []) as { kind: string }[]).map((d) => d.kind)
  return { status: seller.status, steps: onboardingSteps({ ...seller, story_en: (en?.translations?.story as string | null | undefined) ?? null }, kinds) }
}
