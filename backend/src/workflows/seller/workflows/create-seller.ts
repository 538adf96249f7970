import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { validateSellerHandleStep } from "../steps/validate-seller-handle"
import { createSellerWithOwnerStep, type CreateSellerWithOwnerInput } from "../steps/create-seller-with-owner"

export type CreateSellerWorkflowInput = CreateSellerWithOwnerInput & { auth_identity_id: string }

/** Signs a workshop up: a `draft` seller, its owner member, and the owner's login bound to actor type `seller`. */
export const createSellerWorkflow = createWorkflow("create-seller", (input: CreateSellerWorkflowInput) => {
  validateSellerHandleStep({ handle: input.handle })
  const { seller, member } = createSellerWithOwnerStep(input)
  const metadata = transform({ input, member }, ({ input, member }) => ({
    authIdentityId: input.auth_identity_id, actorType: "seller", value: member.id,
  }))
  setAuthAppMetadataStep(metadata)
  return new WorkflowResponse(seller)
})
