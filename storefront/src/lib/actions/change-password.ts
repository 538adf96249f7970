"use server";

import { DEFAULT_LOCALE, isLocale, isPasswordResetActor, PASSWORD_MIN_LENGTH, type Locale, type PasswordResetActor } from "@canting/domain";
import { readSellerToken } from "@/lib/data/seller-session";
import { call } from "@/lib/http/medusa";
import { fieldErrorsFrom } from "@/lib/seller-portal/errors";
import type { ErrorKey, Result } from "@/lib/result";
import { collectErrors, MAX_PASSWORD_LENGTH } from "@/lib/validation";

type Done = Result<null>;

const text = (fd: FormData, name: string) => {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
};

/** Each account changes its password at its own route; whose account it is comes from the session cookie, never the form. */
const ROUTE: Record<PasswordResetActor, string> = { customer: "/store/customers/me/password", seller: "/sellers/me/password" };

function checkNewPassword(password: string): ErrorKey | null {
  if (!password) return "errors:required";
  if ([...password].length < PASSWORD_MIN_LENGTH) return "errors:password_too_short";
  return password.length > MAX_PASSWORD_LENGTH ? "errors:password_too_long" : null;
}

/**
 * Changes the signed-in shopper's or workshop's password: the current one, the new one and its
 * confirmation. Length and confirmation are checked here so the person hears at once; the backend
 * proves the current password, applies the password policy and answers each field's refusal.
 */
export async function changePassword(_prev: Done | null, fd: FormData): Promise<Done> {
  const l = fd.get("locale");
  const locale: Locale = isLocale(l) ? l : DEFAULT_LOCALE;
  const a = fd.get("actor");
  const actor: PasswordResetActor = isPasswordResetActor(a) ? a : "customer";
  const current = text(fd, "current_password");
  const password = text(fd, "new_password");
  const fieldErrors = collectErrors({
    current_password: current ? null : "errors:required",
    new_password: checkNewPassword(password),
    new_password_confirm: password && text(fd, "new_password_confirm") !== password ? "shop:errors.passwordMismatch" : null,
  });
  if (Object.keys(fieldErrors).length) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors };
  const token = actor === "seller" ? await readSellerToken() : "shopper";
  if (!token) return { ok: false, errorKey: "shop:errors.sessionExpired" };
  const changed = await call(ROUTE[actor], { locale, method: "POST", token, body: { current_password: current, new_password: password } });
  if (changed.ok) return { ok: true, data: null };
  if (changed.status === 401) return { ok: false, errorKey: "shop:errors.sessionExpired" };
  if (changed.status === 429) return { ok: false, errorKey: "errors:rate_limited" };
  const errors = changed.status === 400 ? fieldErrorsFrom(changed.body) : {};
  if (Object.keys(errors).length) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors: errors };
  return { ok: false, errorKey: "shop:errors.backend" };
}
