/**
 * What a seller still has to fill in before it can submit for review, step by step.
 * Pure: takes the stored seller and its documents, returns each step with what is missing.
 */
import { REQUIRED_DOCUMENT_KINDS, type OnboardingStepId } from "@canting/domain"

export type { OnboardingStepId }
export type OnboardingStep = { id: OnboardingStepId; complete: boolean; missing: string[] }

export const REQUIRED_DOCUMENTS = REQUIRED_DOCUMENT_KINDS

type SellerLike = Record<string, unknown> & { story?: string | null; story_en?: string | null }

const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0)

const STEP_FIELDS: Record<Exclude<OnboardingStepId, "documents" | "story">, string[]> = {
  business: ["name", "handle", "owner_name", "phone", "email"],
  identity: ["nib", "npwp", "kbli", "scale_basis", "declared_amount_idr"],
  address: ["street", "kelurahan", "kecamatan", "city", "province", "postcode"],
  production: ["founded_year", "techniques", "capacity"],
  people: ["wastewater_method", "workforce_total"],
}

export function onboardingSteps(seller: SellerLike, documentKinds: string[]): OnboardingStep[] {
  const steps: OnboardingStep[] = Object.entries(STEP_FIELDS).map(([id, fields]) => {
    const missing = fields.filter((f) => blank(seller[f]) || (f === "workforce_total" && Number(seller[f]) <= 0))
    if (id === "people" && seller.wastewater_method === "communal_ipal" && blank(seller.ipal_name)) missing.push("ipal_name")
    return { id: id as OnboardingStepId, complete: missing.length === 0, missing }
  })
  const storyMissing = [...(blank(seller.story) ? ["story.id"] : []), ...(blank(seller.story_en) ? ["story.en"] : [])]
  steps.push({ id: "story", complete: storyMissing.length === 0, missing: storyMissing })
  const docsMissing = REQUIRED_DOCUMENTS.filter((k) => !documentKinds.includes(k)).map((k) => `document:${k}`)
  steps.push({ id: "documents", complete: docsMissing.length === 0, missing: docsMissing })
  return steps
}

/** Every gap across all steps, in step order. */
export function onboardingGaps(steps: OnboardingStep[]): string[] {
  return steps.flatMap((s) => s.missing)
}
