import type { AuthenticatedMedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "zod"
import { changePasswordWorkflow } from "../../workflows/auth/change-password"
import { validateBody } from "../utils/validate"
import { checkPassword } from "./password-policy"
import { limitPasswordChanges } from "./rate-limit"

/** `{ current_password, new_password }`; the new one meets the password rule every actor shares. */
export const ChangePasswordBody = z.strictObject({
  current_password: z.string({ error: "required" }).min(1, "required").max(1024, "too_long"),
  new_password: z.string({ error: "required" }).superRefine((value, ctx) => {
    const problem = checkPassword(value)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  }),
})
export type ChangePasswordBodyType = z.infer<typeof ChangePasswordBody>

/**
 * Both actors' "change password" routes: the account is the one the token names (Medusa's
 * authenticate on `/store/customers/me*` and ours on `/sellers/me*` run first), wrong current
 * passwords count towards the same limit as failed logins.
 */
export const changePasswordMiddlewares: MiddlewareRoute[] = ["/store/customers/me/password", "/sellers/me/password"].map((matcher) => ({
  matcher, methods: ["POST"], middlewares: [limitPasswordChanges, validateBody(ChangePasswordBody)],
}))

/** Answers 200 `{ changed: true }` once the new password is stored; a refusal names its field. */
export async function changePassword(req: AuthenticatedMedusaRequest<ChangePasswordBodyType>, res: MedusaResponse) {
  const { current_password, new_password } = req.validatedBody
  await changePasswordWorkflow(req.scope).run({ input: { auth_identity_id: req.auth_context.auth_identity_id, current_password, new_password } })
  res.json({ changed: true })
}
