import { DEFAULT_LOCALE, isLocale, PASSWORD_RESET_LINK_MINUTES, type Locale, type PasswordResetActor } from "@canting/domain"

/** The notification template of a password-reset email (channel `email`). */
export const PASSWORD_RESET_TEMPLATE = "password-reset"

/**
 * The storefront page that sets the new password: `<storefront>/<locale>/reset-password?token=…&actor=…`.
 * A storefront served under a path (`https://host/shop`) keeps it: the path is appended, not replaced.
 */
export function passwordResetLink(storefrontUrl: string, locale: Locale, actor: PasswordResetActor, token: string): string {
  const url = new URL(`${storefrontUrl.replace(/\/+$/, "")}/${locale}/reset-password`)
  url.searchParams.set("token", token)
  url.searchParams.set("actor", actor)
  return url.toString()
}

/**
 * The language of an account's emails: the one the account stored (a shopper's `metadata.locale`,
 * written by the storefront at sign-up and owned by the shopper), when it is one we speak; else Indonesian.
 */
export function accountLocale(metadata: Record<string, unknown> | null | undefined): Locale {
  const stored = metadata?.locale
  return isLocale(stored) ? stored : DEFAULT_LOCALE
}

/** What the email template receives: the link, its lifetime and who it is for. Never the raw token alone. */
export type PasswordResetEmailData = {
  actor: PasswordResetActor
  locale: Locale
  reset_url: string
  expires_in_minutes: number
}

export function passwordResetEmailData(storefrontUrl: string, locale: Locale, actor: PasswordResetActor, token: string): PasswordResetEmailData {
  return { actor, locale, reset_url: passwordResetLink(storefrontUrl, locale, actor, token), expires_in_minutes: PASSWORD_RESET_LINK_MINUTES }
}
