import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { umkmScale, type ExportDeclarations, type ScaleBasis, type Sentra, type Technique, type WastewaterMethod } from "@canting/domain"
import { ensureSellerEditableStep } from "../steps/ensure-seller-editable"
import { validateIdentityLockStep } from "../steps/validate-identity-lock"
import { validateSellerHandleStep } from "../steps/validate-seller-handle"
import { updateSellerStep } from "../steps/update-seller"
import { upsertEnglishTranslationStep } from "../../translation/steps/upsert-translation"

/**
 * Any subset of a seller's profile, already validated (POST /sellers/me checks it with the
 * UpdateSeller schema of api/sellers/validators.ts, whose output must fit this type).
 */
export type SellerProfileUpdate = {
  name?: string
  handle?: string
  owner_name?: string
  email?: string
  phone?: string
  street?: string
  kelurahan?: string
  kecamatan?: string
  city?: string
  province?: string
  postcode?: string
  sentra?: Sentra | null
  nib?: string
  npwp?: string
  kbli?: string[]
  scale_basis?: ScaleBasis
  declared_amount_idr?: number
  founded_year?: number
  techniques?: Technique[]
  capacity?: { technique: Technique; units_per_month: number; lead_time_days: number }[]
  wastewater_method?: WastewaterMethod
  ipal_name?: string | null
  workforce_total?: number
  workforce_bpjs?: number
  artisans_over_50?: number
  apprentices_under_25?: number
  /** Indonesian story on the seller, English into translations. */
  story?: { id?: string; en?: string }
  logo_url?: string | null
  banner_url?: string | null
  export_profile?: ExportDeclarations | null
}

export type UpdateSellerWorkflowInput = {
  seller_id: string
  update: SellerProfileUpdate
  current: { scale_basis?: string | null; declared_amount_idr?: number | null }
  change_request_id?: string | null
}

/**
 * Saves part of a seller's profile; the UMKM scale is recomputed from its basis, the English story goes to translations.
 * Once approved, the verified identity is locked: only `change_request_id` (the operator accepting that pending
 * request, see accept-seller-change-request) lets its fields through.
 */
export const updateSellerWorkflow = createWorkflow(
  "update-seller",
  (input: UpdateSellerWorkflowInput) => {
    ensureSellerEditableStep({ seller_id: input.seller_id, change_request_id: input.change_request_id })
    validateIdentityLockStep({ seller_id: input.seller_id, update: input.update, change_request_id: input.change_request_id })
    validateSellerHandleStep({ handle: input.update.handle, seller_id: input.seller_id })
    const data = transform({ input }, ({ input }) => {
      const { story, ...fields } = input.update
      const out: Record<string, unknown> = { ...fields }
      if (story?.id !== undefined) out.story = story.id
      const basis = (fields.scale_basis ?? input.current.scale_basis) as ScaleBasis | null | undefined
      const amount = fields.declared_amount_idr ?? input.current.declared_amount_idr
      if ((fields.scale_basis !== undefined || fields.declared_amount_idr !== undefined) && basis && amount != null) {
        out.umkm_scale = umkmScale(basis, Number(amount))
      }
      return out
    })
    const seller = updateSellerStep({ id: input.seller_id, data })
    upsertEnglishTranslationStep(transform({ input }, ({ input }) => ({
      reference: "seller", reference_id: input.seller_id, fields: { story: input.update.story?.en },
    })))
    return new WorkflowResponse(seller)
  }
)
