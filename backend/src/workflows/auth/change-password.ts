import type { AuthenticationInput } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RuleError } from "../../lib/errors"

export type ChangePasswordInput = {
  /** From the caller's token: whose password changes is never taken from the request. */
  auth_identity_id: string
  current_password: string
  new_password: string
}

const EMAILPASS = "emailpass"

/**
 * Proves the caller knows the account's current password: the email/password provider must accept
 * it for the email of the identity the token names, and answer that same identity.
 */
export const verifyCurrentPasswordStep = createStep("verify-current-password", async (input: ChangePasswordInput, { container }) => {
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] })
  const login = identity.provider_identities?.find((p) => p?.provider === EMAILPASS)
  if (!login) throw new RuleError(400, "password_not_set", [{ field: "current_password", code: "password_not_set" }])
  const result = await auth.authenticate(EMAILPASS, { body: { email: login.entity_id, password: input.current_password } } as AuthenticationInput)
  if (!result.success || result.authIdentity?.id !== identity.id) {
    throw new RuleError(400, "current_password_wrong", [{ field: "current_password", code: "current_password_wrong" }])
  }
  if (input.current_password === input.new_password) {
    throw new RuleError(400, "password_unchanged", [{ field: "new_password", code: "password_unchanged" }])
  }
  return new StepResponse({ entity_id: login.entity_id })
})

/** Stores the new password (the provider hashes it). The last step: nothing after it can fail and need it undone. */
export const setPasswordStep = createStep("set-password", async (input: { entity_id: string; password: string }, { container }) => {
  await container.resolve(Modules.AUTH).updateProvider(EMAILPASS, { entity_id: input.entity_id, password: input.password })
  return new StepResponse(undefined)
})

/** A signed-in shopper or workshop changes its password, proving the current one first. */
export const changePasswordWorkflow = createWorkflow("change-password", (input: ChangePasswordInput) => {
  const login = verifyCurrentPasswordStep(input)
  setPasswordStep({ entity_id: login.entity_id, password: input.new_password })
  return new WorkflowResponse(undefined)
})
