import type { MiddlewareRoute } from "@medusajs/framework/http"
import { enforcePasswordPolicy } from "./password-policy"
import { limitFailedAuthPerIp, limitLoginAttempts, limitResetRequests, limitSignupsPerIp } from "./rate-limit"
import { equalizeUnknownEmail } from "./uniform-login"
import { checkResetRequest } from "./reset-request"

/**
 * Guards on Medusa's own /auth routes for every actor (customer, seller, user): rate limits, one
 * password policy, and login replies that do not tell which emails have accounts.
 * Entries without `methods` are mounted before all method-specific ones (Medusa sorts them first),
 * which matters for `/update`: Medusa's token check there consumes the single-use reset token, so
 * a weak password must be refused before it, or the person would need a new reset email.
 * The same goes for the reset request's `identifier`: Medusa's own body check, mounted before any
 * method-specific entry of ours, would answer a missing one in its untranslated words.
 */
export const authMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth", middlewares: [limitFailedAuthPerIp] },
  { matcher: "/auth/:actor_type/:auth_provider/update", middlewares: [enforcePasswordPolicy] },
  { matcher: "/auth/:actor_type/:auth_provider/reset-password", middlewares: [checkResetRequest] },
  // GET too: Medusa's login route reads email and password from the body on GET as well.
  { matcher: "/auth/:actor_type/:auth_provider", methods: ["GET", "POST"], middlewares: [limitLoginAttempts, equalizeUnknownEmail] },
  { matcher: "/auth/:actor_type/:auth_provider/register", methods: ["POST"], middlewares: [limitSignupsPerIp, enforcePasswordPolicy] },
  { matcher: "/auth/:actor_type/:auth_provider/reset-password", methods: ["POST"], middlewares: [limitSignupsPerIp, limitResetRequests] },
]
