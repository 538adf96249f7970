/**
 * The one password length rule for every account (shopper, workshop, operator): the backend
 * refuses outside it, and the forms' hints and checks read the same numbers.
 */
export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase or password manager; bounds the work a request can ask of scrypt. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * How long a password-reset link works, in minutes. Medusa 2.21 fixes it, not us:
 * generateResetPasswordTokenWorkflow signs the token for 15 minutes and stores its single-use row
 * with the same lifetime, whatever `jwtExpiresIn` says. The reset page and the email state it;
 * backend/integration-tests/http/auth/password-reset.spec.ts fails if Medusa's lifetime changes.
 */
export const PASSWORD_RESET_LINK_MINUTES = 15;

/** The accounts that reset their password on the storefront: shoppers and workshop members. */
export const PASSWORD_RESET_ACTORS = ["customer", "seller"] as const;
export type PasswordResetActor = (typeof PASSWORD_RESET_ACTORS)[number];

export function isPasswordResetActor(value: unknown): value is PasswordResetActor {
  return typeof value === "string" && (PASSWORD_RESET_ACTORS as readonly string[]).includes(value);
}
