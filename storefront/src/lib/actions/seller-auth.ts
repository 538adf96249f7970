"use server";

import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@canting/domain";
import { call, type ApiFailure } from "@/lib/http/medusa";
import { clearSellerToken, writeSellerToken } from "@/lib/data/seller-session";
import { attachToInputs, toActionFailure } from "@/lib/seller-portal/errors";
import type { ErrorKey, Failure, Result } from "@/lib/result";
import { checkEmail, checkText, MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from "@/lib/validation";

type Token = { token: string };
export type SignedIn = { redirectTo: string };

const REGISTER_INPUTS = ["email", "password", "name", "handle", "owner_name", "phone"] as const;

const field = (fd: FormData, name: string) => {
  const v = fd.get(name);
  return typeof v === "string" ? v.trim() : "";
};
const localeOf = (fd: FormData): Locale => {
  const l = fd.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};
const failureOf = (f: ApiFailure) => toActionFailure(f.status, f.body);

/** Field → the longest value the storefront passes on (checked before anything else looks at it). */
const MAX_LENGTHS: Record<string, number> = { email: MAX_EMAIL_LENGTH, password: MAX_PASSWORD_LENGTH };

function requireFields(fd: FormData, names: readonly string[], { emailFormat = false } = {}): Failure | null {
  const fieldErrors: Record<string, ErrorKey> = {};
  for (const n of names) {
    const value = field(fd, n);
    const error = n === "email" && emailFormat ? checkEmail(value) : checkText(value, { max: MAX_LENGTHS[n] });
    if (error) fieldErrors[n] = error;
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, errorKey: "errors.sellerInvalidData", fieldErrors } : null;
}

const login = (locale: Locale, email: string, password: string) =>
  call<Token>("/auth/seller/emailpass", { locale, method: "POST", body: { email, password } });

/** Whether a token belongs to a member of an existing seller (an identity without one gets 401 or 404). */
async function hasSeller(locale: Locale, token: string): Promise<Result<boolean, ApiFailure>> {
  const result = await call("/sellers/me", { locale, token });
  if (result.ok) return { ok: true, data: true };
  return result.status === 401 || result.status === 404 ? { ok: true, data: false } : result;
}

/** Logs in and keeps the session token in the httpOnly cookie. */
async function signIn(locale: Locale, email: string, password: string): Promise<Result<null>> {
  const session = await login(locale, email, password);
  if (!session.ok) return failureOf(session);
  try {
    await writeSellerToken(session.data.token);
  } catch {
    return toActionFailure(undefined, undefined);
  }
  return { ok: true, data: null };
}

/**
 * Signs an email up as a seller: registers the auth identity, creates the seller (status `draft`)
 * with the registration token, then logs in and keeps the session token in an httpOnly cookie.
 * An identity left without a seller by an earlier failed attempt (say, a taken handle) is reused
 * when the password matches, so the person can simply try again.
 */
export async function registerSeller(_prev: Result<SignedIn> | null, fd: FormData): Promise<Result<SignedIn>> {
  const locale = localeOf(fd);
  const invalid = requireFields(fd, REGISTER_INPUTS, { emailFormat: true });
  if (invalid) return invalid;
  const email = field(fd, "email");
  const password = String(fd.get("password"));

  let registrationToken: string;
  const registered = await call<Token>("/auth/seller/emailpass/register", { locale, method: "POST", body: { email, password } });
  if (registered.ok) {
    registrationToken = registered.data.token;
  } else {
    const { status, body } = registered;
    if (status === 429) return { ok: false, errorKey: "errors:rate_limited" };
    // A 400 naming fields is the password policy (password_too_short / password_too_common), not a taken email.
    if (status === 400 && Array.isArray((body as { errors?: unknown } | null)?.errors)) return toActionFailure(status, body);
    if (status !== 400 && status !== 401) return toActionFailure(status, body);
    const existing = await login(locale, email, password);
    const taken = { ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { email: "errors.sellerEmailTaken" } } as const;
    if (!existing.ok) return taken;
    const owned = await hasSeller(locale, existing.data.token);
    if (!owned.ok) return failureOf(owned);
    if (owned.data) return taken;
    registrationToken = existing.data.token;
  }

  const created = await call("/sellers", {
    locale, method: "POST", token: registrationToken,
    body: { name: field(fd, "name"), handle: field(fd, "handle").toLowerCase(), owner_name: field(fd, "owner_name"), phone: field(fd, "phone") },
  });
  if (!created.ok) {
    const failure = failureOf(created);
    return failure.fieldErrors ? { ...failure, fieldErrors: attachToInputs(failure.fieldErrors, REGISTER_INPUTS) } : failure;
  }

  const signedIn = await signIn(locale, email, password);
  if (!signedIn.ok) return signedIn;
  return { ok: true, data: { redirectTo: `/${locale}/seller/onboarding/business` } };
}

/** A refused login: too many tries, wrong credentials (never which), or the backend's own failure. */
function loginFailure({ status, body }: ApiFailure): Failure {
  if (status === 429) return { ok: false, errorKey: "errors:rate_limited" };
  return status === 400 || status === 401 ? { ok: false, errorKey: "errors.sellerInvalidCredentials" } : toActionFailure(status, body);
}

/** Logs a seller in and keeps the session token in the httpOnly cookie. */
export async function loginSeller(_prev: Result<SignedIn> | null, fd: FormData): Promise<Result<SignedIn>> {
  const locale = localeOf(fd);
  const invalid = requireFields(fd, ["email", "password"]);
  if (invalid) return invalid;
  const session = await login(locale, field(fd, "email"), String(fd.get("password")));
  if (!session.ok) return loginFailure(session);
  const owned = await hasSeller(locale, session.data.token);
  if (!owned.ok) return loginFailure(owned);
  if (!owned.data) return { ok: false, errorKey: "errors.sellerNoStore" };
  try {
    await writeSellerToken(session.data.token);
  } catch {
    return toActionFailure(undefined, undefined);
  }
  return { ok: true, data: { redirectTo: `/${locale}/seller` } };
}

/** Forgets the session (the JWT is stateless, so clearing the cookie is the logout) and goes to the login page. */
export async function logoutSeller(fd: FormData): Promise<void> {
  await clearSellerToken();
  redirect(`/${localeOf(fd)}/seller/login`);
}
