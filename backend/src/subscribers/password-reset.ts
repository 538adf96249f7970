import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { DEFAULT_LOCALE, isPasswordResetActor, type Locale, type PasswordResetActor } from "@canting/domain"
import { envVar } from "../env"
import { accountLocale, PASSWORD_RESET_TEMPLATE, passwordResetEmailData } from "../lib/password-reset"
import { SELLER_MODULE } from "../modules/seller"
import type SellerModuleService from "../modules/seller/service"

/** What Medusa's generateResetPasswordTokenWorkflow emits (core-flows 2.21). */
type PasswordResetEvent = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

/**
 * The account of this kind behind an email, and its language; null when there is none. Medusa
 * issues a token for any actor type named in the URL as soon as the email has a password, so
 * `/auth/seller/…/reset-password` with a shopper's email gets a token too: only an identity
 * bound to an actor of that type (app_metadata `<actor>_id`) is sent a link.
 */
async function accountFor(container: MedusaContainer, email: string, actor: PasswordResetActor): Promise<{ locale: Locale } | null> {
  const auth = container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" }, { take: 1, select: ["auth_identity_id"] })
  if (!provider?.auth_identity_id) return null
  const identity = await auth.retrieveAuthIdentity(provider.auth_identity_id, { select: ["app_metadata"] })
  const actorId = identity.app_metadata?.[`${actor}_id`]
  if (typeof actorId !== "string" || !actorId) return null
  if (actor === "customer") {
    const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: actorId }, { take: 1, select: ["id", "metadata"] })
    return customer ? { locale: accountLocale(customer.metadata) } : null
  }
  // Workshops store no language of their own yet: Indonesian, the language of the portal's sign-up.
  const [member] = await container.resolve<SellerModuleService>(SELLER_MODULE).listSellerMembers({ id: actorId }, { take: 1 })
  return member ? { locale: DEFAULT_LOCALE } : null
}

/**
 * Sends the reset link of `POST /auth/{customer|seller}/emailpass/reset-password`. Medusa answers
 * that request 201 whatever happens and emits this event only for an email with a password, so
 * whether a link is sent is never visible to the caller. The caller's `metadata` is ignored: it is
 * whatever the request body said. Operators (`user`) reset in the admin, not on the storefront.
 */
export default async function passwordResetHandler({ event: { data }, container }: SubscriberArgs<PasswordResetEvent>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { entity_id: email, actor_type: actor, token } = data
  if (!isPasswordResetActor(actor) || typeof email !== "string" || typeof token !== "string") return
  const account = await accountFor(container, email, actor)
  if (!account) {
    // No address in the log: it would record which emails people tried.
    logger.info(`[password-reset] no ${actor} account for the requested identity; no email sent`)
    return
  }
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: PASSWORD_RESET_TEMPLATE,
    data: passwordResetEmailData(envVar("STOREFRONT_URL"), account.locale, actor, token),
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
