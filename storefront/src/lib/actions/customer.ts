"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, PASSWORD_MIN_LENGTH, type AddressForm, type Locale } from "@canting/domain";
import { call, type ApiFailure } from "@/lib/http/medusa";
import { clearCustomerToken, readCustomerToken, writeCustomerToken } from "@/lib/data/customer-session";
import { toShopFailure } from "@/lib/shop/errors";
import type { ErrorKey, Result } from "@/lib/result";
import { readAddressForm } from "@/lib/shop/address";
import { checkEmail, checkText, collectErrors, MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from "@/lib/validation";

const localeOf = (fd: FormData): Locale => {
  const l = fd.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};
const field = (fd: FormData, name: string) => {
  const v = fd.get(name);
  return typeof v === "string" ? v.trim() : "";
};
const failure = (f: ApiFailure) => toShopFailure(f.status, f.body);
/** Whether a refusal names fields (`errors[]`), e.g. the backend's password policy. */
const namesFields = (f: ApiFailure) => Array.isArray((f.body as { errors?: unknown } | null)?.errors);

function checkNewPassword(password: string): ErrorKey | null {
  if (!password) return "errors:required";
  if ([...password].length < PASSWORD_MIN_LENGTH) return "errors:password_too_short";
  return password.length > MAX_PASSWORD_LENGTH ? "errors:too_long" : null;
}

const login = (locale: Locale, email: string, password: string) =>
  call<{ token: string }>("/auth/customer/emailpass", { locale, method: "POST", body: { email, password } });

type Done = Result<null>;

/** Logs in and keeps the token in the httpOnly cookie; a cookie that cannot be written is "the shop cannot be reached". */
async function signIn(locale: Locale, email: string, password: string): Promise<Result<null, ApiFailure>> {
  const session = await login(locale, email, password);
  if (!session.ok) return session;
  try {
    await writeCustomerToken(session.data.token);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e), body: null };
  }
  return { ok: true, data: null };
}

/**
 * Creates a shopper account: the auth identity (`/auth/customer/emailpass/register`), then the
 * customer with the registration token (`POST /store/customers`), then logs in and keeps the
 * token in an httpOnly cookie, separate from the seller's.
 */
export async function registerCustomer(_prev: Done | null, fd: FormData): Promise<Done> {
  const locale = localeOf(fd);
  const values = { email: field(fd, "email"), first_name: field(fd, "first_name"), last_name: field(fd, "last_name") };
  const password = String(fd.get("password") ?? "");
  const fieldErrors = collectErrors({
    email: checkEmail(values.email),
    first_name: checkText(values.first_name),
    last_name: checkText(values.last_name, { optional: true }),
    password: checkNewPassword(password),
  });
  if (Object.keys(fieldErrors).length) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors, values };
  const registered = await call<{ token: string }>("/auth/customer/emailpass/register", {
    locale, method: "POST", body: { email: values.email, password },
  });
  if (!registered.ok) {
    const { status } = registered;
    if (status === 429) return { ok: false, errorKey: "errors:rate_limited", values };
    if (status === 400 && namesFields(registered)) return { ...failure(registered), values }; // e.g. password_too_short / password_too_common
    if (status === 400 || status === 401) return { ok: false, errorKey: "shop:errors.emailTaken", values };
    return { ...failure(registered), values };
  }
  const created = await call("/store/customers", {
    locale, method: "POST", token: registered.data.token,
    // The account's language: its emails (e.g. a password reset) are written in it.
    body: { email: values.email, first_name: values.first_name, ...(values.last_name ? { last_name: values.last_name } : {}), metadata: { locale } },
  });
  const signedIn = created.ok ? await signIn(locale, values.email, password) : created;
  if (!signedIn.ok) return { ...failure(signedIn), values };
  redirect(`/${locale}/account`);
}

/** Logs a shopper in; a wrong email or password gets one message (never which of the two). */
export async function loginCustomer(_prev: Done | null, fd: FormData): Promise<Done> {
  const locale = localeOf(fd);
  const email = field(fd, "email");
  const password = String(fd.get("password") ?? "");
  // Lengths only: a malformed address simply fails to log in, like a wrong one.
  const fieldErrors = collectErrors({
    email: checkText(email, { max: MAX_EMAIL_LENGTH }),
    password: checkText(password, { max: MAX_PASSWORD_LENGTH }),
  });
  if (Object.keys(fieldErrors).length) {
    return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors, values: { email: email.slice(0, MAX_EMAIL_LENGTH) } };
  }
  const signedIn = await signIn(locale, email, password);
  if (!signedIn.ok) {
    const { status } = signedIn;
    if (status === 429) return { ok: false, errorKey: "errors:rate_limited", values: { email } };
    if (status === 400 || status === 401) return { ok: false, errorKey: "shop:errors.invalidCredentials", values: { email } };
    return { ...failure(signedIn), values: { email } };
  }
  const next = field(fd, "next");
  redirect(next.startsWith(`/${locale}/`) && !next.startsWith("//") ? next : `/${locale}/account`);
}

export async function logoutCustomer(fd: FormData): Promise<void> {
  await clearCustomerToken();
  revalidatePath(`/${localeOf(fd)}`, "layout");
  redirect(`/${localeOf(fd)}/account/login`);
}

/** Saves an address to the account (`POST /store/customers/me/addresses`), Indonesian or international form. */
export async function addCustomerAddress(_prev: Done | null, fd: FormData): Promise<Done> {
  const locale = localeOf(fd);
  const token = await readCustomerToken();
  if (!token) return { ok: false, errorKey: "shop:errors.sessionExpired" };
  const form: AddressForm = fd.get("form") === "international" ? "international" : "indonesia";
  const countries = form === "indonesia" ? ["id"] : String(fd.get("countries") ?? "").split(",").filter(Boolean);
  const reading = readAddressForm(fd, form, { countries });
  if (!reading.payload) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors: reading.fieldErrors, values: reading.values };
  const saved = await call("/store/customers/me/addresses", { locale, method: "POST", token, body: reading.payload });
  if (!saved.ok) return { ...failure(saved), values: reading.values };
  revalidatePath(`/${locale}/account`, "layout");
  return { ok: true, data: null };
}

export async function deleteCustomerAddress(fd: FormData): Promise<void> {
  const locale = localeOf(fd);
  const token = await readCustomerToken();
  const id = field(fd, "id");
  if (token && id) {
    const deleted = await call(`/store/customers/me/addresses/${encodeURIComponent(id)}`, { locale, method: "DELETE", token });
    if (!deleted.ok) console.error("[storefront] address delete failed:", deleted.message);
  }
  revalidatePath(`/${locale}/account`, "layout");
}
