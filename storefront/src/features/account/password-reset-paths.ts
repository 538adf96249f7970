import type { Locale, PasswordResetActor } from "@canting/domain";

/** Where each kind of account logs in, and asks for a reset link. */
export const loginPathFor = (locale: Locale, actor: PasswordResetActor) => (actor === "seller" ? `/${locale}/seller/login` : `/${locale}/account/login`);
export const forgotPathFor = (locale: Locale, actor: PasswordResetActor) =>
  actor === "seller" ? `/${locale}/seller/forgot-password` : `/${locale}/account/forgot-password`;
