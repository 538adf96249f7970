import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { hasErrorType, isFieldValidationError, isOnboardingIncompleteError, isRefusalError, sendInvalid } from "./errors"

/** The signed-in member's seller id. The actor of a `seller` token is a seller member. */
export async function currentSellerId(req: AuthenticatedMedusaRequest): Promise<string> {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [member] = await sellers.listSellerMembers({ id: req.auth_context.actor_id }, { take: 1 })
  if (!member) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return member.seller_id
}

/** The typed code of a refusal our guards raise; any other NOT_ALLOWED error (e.g. from a Medusa step) is plain `not_allowed`. */
export const refusalCode = (err: unknown): string => (isRefusalError(err) ? err.code : "not_allowed")

/** Answers the errors our guards raise: field errors and onboarding gaps as 400, locked states as 409. */
export async function respondWithGuards(req: AuthenticatedMedusaRequest, res: MedusaResponse, run: () => Promise<void>) {
  try {
    await run()
  } catch (err: unknown) {
    if (isFieldValidationError(err)) return sendInvalid(req, res, err.errors)
    if (isOnboardingIncompleteError(err)) {
      return sendInvalid(req, res, err.missing.map((field) => ({ field, code: "required" })), { missing: err.missing })
    }
    if (hasErrorType(err, MedusaError.Types.NOT_ALLOWED)) return res.status(409).json({ type: "not_allowed", code: refusalCode(err), message: err.message })
    throw err
  }
}
