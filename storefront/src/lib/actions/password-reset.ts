"use server";

import { DEFAULT_LOCALE, isLocale, isPasswordResetActor, PASSWORD_MIN_LENGTH, type Locale, type PasswordResetActor } from "@canting/domain";
import { call, type ApiFailure } from "@/lib/http/medusa";
import { fieldErrorsFrom } from "@/lib/seller-portal/errors";
import type { ErrorKey, Failure, Result } from "@/lib/result";
import { checkEmail, collectErrors, MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from "@/lib/validation";

type Done = Result<null>;

const localeOf = (fd: FormData): Locale => {
  const l = fd.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};
/** Anything but `seller` is a shopper: the actor only picks which of Medusa's routes is called. */
const actorOf = (fd: FormData): PasswordResetActor => {
  const a = fd.get("actor");
  return isPasswordResetActor(a) ? a : "customer";
};
const text = (fd: FormData, name: string) => {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
};

/** A refusal the backend explains per field (our translated `errors[]`), keyed by the form's inputs. */
function refusal({ status, body }: ApiFailure, rename: Record<string, string> = {}): Failure {
  if (status === 429) return { ok: false, errorKey: "errors:rate_limited" };
  if (status === 400) {
    const fieldErrors = Object.fromEntries(Object.entries(fieldErrorsFrom(body)).map(([f, k]) => [rename[f] ?? f, k]));
    if (Object.keys(fieldErrors).length) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors };
  }
  return { ok: false, errorKey: "shop:errors.backend" };
}

/**
 * Asks Medusa to email a reset link (`POST /auth/{actor}/emailpass/reset-password`). The backend
 * answers alike whether the address has an account or not, and so does this: `ok` means "if there
 * is an account, a link is on its way". Only a malformed address or too many tries are told apart.
 */
export async function requestPasswordReset(_prev: Done | null, fd: FormData): Promise<Done> {
  const locale = localeOf(fd);
  const email = text(fd, "email").trim();
  const problem = checkEmail(email);
  if (problem) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { email: problem }, values: { email: email.slice(0, MAX_EMAIL_LENGTH) } };
  const asked = await call(`/auth/${actorOf(fd)}/emailpass/reset-password`, { locale, method: "POST", body: { identifier: email } });
  if (!asked.ok) return { ...refusal(asked, { identifier: "email" }), values: { email } };
  return { ok: true, data: null };
}

function checkNewPassword(password: string): ErrorKey | null {
  if (!password) return "errors:required";
  if ([...password].length < PASSWORD_MIN_LENGTH) return "errors:password_too_short";
  return password.length > MAX_PASSWORD_LENGTH ? "errors:password_too_long" : null;
}

/**
 * Sets the new password with the emailed token (`POST /auth/{actor}/emailpass/update`, the token
 * as Bearer). The length and the confirmation are checked here so the person hears at once; the
 * backend's policy (common passwords too) is the one that counts, and its field errors are shown.
 * A refused token (expired, used, for the other kind of account) is "request a new link".
 */
export async function resetPassword(_prev: Done | null, fd: FormData): Promise<Done> {
  const locale = localeOf(fd);
  const token = text(fd, "token");
  const password = text(fd, "password");
  const fieldErrors = collectErrors({
    password: checkNewPassword(password),
    password_confirm: password && text(fd, "password_confirm") !== password ? "shop:errors.passwordMismatch" : null,
  });
  if (Object.keys(fieldErrors).length) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors };
  if (!token) return { ok: false, errorKey: "shop:errors.resetLinkInvalid" };
  const updated = await call(`/auth/${actorOf(fd)}/emailpass/update`, { locale, method: "POST", token, body: { password } });
  if (updated.ok) return { ok: true, data: null };
  if (updated.status === 401) return { ok: false, errorKey: "shop:errors.resetLinkInvalid" };
  return refusal(updated);
}
