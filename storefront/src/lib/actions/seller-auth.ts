"use server";

import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@canting/domain";
import { sellerFetch, SellerApiError } from "@/lib/data/seller-fetch";
import { clearSellerToken, writeSellerToken } from "@/lib/data/seller-session";
import { attachToInputs, toActionFailure } from "@/lib/seller-portal/errors";
import type { ActionFailure, ActionResult, ErrorKey } from "@/lib/seller-portal/types";
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
const statusOf = (e: unknown) => (e instanceof SellerApiError ? e.status : undefined);
const bodyOf = (e: unknown) => (e instanceof SellerApiError ? e.body : undefined);

/** Field → the longest value the storefront passes on (checked before anything else looks at it). */
const MAX_LENGTHS: Record<string, number> = { email: MAX_EMAIL_LENGTH, password: MAX_PASSWORD_LENGTH };

function requireFields(fd: FormData, names: readonly string[], { emailFormat = false } = {}): ActionFailure | null {
  const fieldErrors: Record<string, ErrorKey> = {};
  for (const n of names) {
    const value = field(fd, n);
    const error = n === "email" && emailFormat ? checkEmail(value) : checkText(value, { max: MAX_LENGTHS[n] });
    if (error) fieldErrors[n] = error;
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, errorKey: "errors.sellerInvalidData", fieldErrors } : null;
}

const login = (locale: Locale, email: string, password: string) =>
  sellerFetch<Token>("/auth/seller/emailpass", { locale, method: "POST", body: { email, password } });

/** Whether a token belongs to a member of an existing seller (an identity without one gets 401 or 404). */
const hasSeller = (locale: Locale, token: string) =>
  sellerFetch("/sellers/me", { locale, token }).then(() => true, (e: unknown) => {
    const status = statusOf(e);
    if (status === 401 || status === 404) return false;
    throw e;
  });

/**
 * Signs an email up as a seller: registers the auth identity, creates the seller (status `draft`)
 * with the registration token, then logs in and keeps the session token in an httpOnly cookie.
 * An identity left without a seller by an earlier failed attempt (say, a taken handle) is reused
 * when the password matches, so the person can simply try again.
 */
export async function registerSeller(_prev: ActionResult<SignedIn> | null, fd: FormData): Promise<ActionResult<SignedIn>> {
  const locale = localeOf(fd);
  const invalid = requireFields(fd, REGISTER_INPUTS, { emailFormat: true });
  if (invalid) return invalid;
  const email = field(fd, "email");
  const password = String(fd.get("password"));

  let registrationToken: string;
  try {
    ({ token: registrationToken } = await sellerFetch<Token>("/auth/seller/emailpass/register", {
      locale, method: "POST", body: { email, password },
    }));
  } catch (e) {
    const status = statusOf(e);
    if (status === 429) return { ok: false, errorKey: "errors:rate_limited" };
    // A 400 naming fields is the password policy (password_too_short / password_too_common), not a taken email.
    if (status === 400 && Array.isArray((bodyOf(e) as { errors?: unknown } | null)?.errors)) return toActionFailure(status, bodyOf(e));
    if (status !== 400 && status !== 401) return toActionFailure(status, bodyOf(e));
    const existing = await login(locale, email, password).catch(() => null);
    const taken = { ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { email: "errors.sellerEmailTaken" } } as const;
    if (!existing) return taken;
    try {
      if (await hasSeller(locale, existing.token)) return taken;
    } catch (e2) {
      return toActionFailure(statusOf(e2), bodyOf(e2));
    }
    registrationToken = existing.token;
  }

  try {
    await sellerFetch("/sellers", {
      locale, method: "POST", token: registrationToken,
      body: { name: field(fd, "name"), handle: field(fd, "handle").toLowerCase(), owner_name: field(fd, "owner_name"), phone: field(fd, "phone") },
    });
  } catch (e) {
    const failure = toActionFailure(statusOf(e), bodyOf(e));
    return failure.fieldErrors ? { ...failure, fieldErrors: attachToInputs(failure.fieldErrors, REGISTER_INPUTS) } : failure;
  }

  try {
    await writeSellerToken((await login(locale, email, password)).token);
  } catch (e) {
    return toActionFailure(statusOf(e), bodyOf(e));
  }
  return { ok: true, data: { redirectTo: `/${locale}/seller/onboarding/business` } };
}

/** Logs a seller in and keeps the session token in the httpOnly cookie. */
export async function loginSeller(_prev: ActionResult<SignedIn> | null, fd: FormData): Promise<ActionResult<SignedIn>> {
  const locale = localeOf(fd);
  const invalid = requireFields(fd, ["email", "password"]);
  if (invalid) return invalid;
  try {
    const { token } = await login(locale, field(fd, "email"), String(fd.get("password")));
    if (!(await hasSeller(locale, token))) return { ok: false, errorKey: "errors.sellerNoStore" };
    await writeSellerToken(token);
  } catch (e) {
    const status = statusOf(e);
    if (status === 429) return { ok: false, errorKey: "errors:rate_limited" };
    return status === 400 || status === 401 ? { ok: false, errorKey: "errors.sellerInvalidCredentials" } : toActionFailure(status, bodyOf(e));
  }
  return { ok: true, data: { redirectTo: `/${locale}/seller` } };
}

/** Forgets the session (the JWT is stateless, so clearing the cookie is the logout) and goes to the login page. */
export async function logoutSeller(fd: FormData): Promise<void> {
  await clearSellerToken();
  redirect(`/${localeOf(fd)}/seller/login`);
}
