import { PASSWORD_MAX_LENGTH } from "@canting/domain";
import type { ErrorKey } from "@/lib/result";

/**
 * Checks for what people type into forms, shared by every action. Each one compares the length
 * first and only then runs a pattern, and every pattern is linear (no nested or overlapping
 * quantifiers), so no input, however long, keeps the single Next process busy.
 */

/** The longest address SMTP can deliver to (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;
/** One-line inputs: names, shop name, phone, tracking number. */
export const MAX_LINE_LENGTH = 200;
/** Long enough for any passphrase, short enough that the backend's hashing stays cheap. */
export const MAX_PASSWORD_LENGTH = PASSWORD_MAX_LENGTH;
/** Tracking links and other URLs. */
export const MAX_URL_LENGTH = 2048;

// The local part cannot hold "@" and a domain label cannot hold ".", so every character has one
// place in a match and a failed match never backtracks over the string more than once.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const HTTP_URL = /^https?:\/\/\S+$/i;

/** Whether a string looks like a deliverable email address (length first, then a linear pattern). */
export const isEmail = (value: string) => value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);

/** The error key for an email input, or null when it is fine. Empty is `required` unless `optional`. */
export function checkEmail(value: string, { optional = false } = {}): ErrorKey | null {
  if (!value) return optional ? null : "errors:required";
  if (value.length > MAX_EMAIL_LENGTH) return "errors:too_long";
  return EMAIL.test(value) ? null : "errors:email_format";
}

/** The error key for a text input: `required` when empty (unless `optional`), `too_long` past `max`. */
export function checkText(value: string, { max = MAX_LINE_LENGTH, optional = false } = {}): ErrorKey | null {
  if (!value) return optional ? null : "errors:required";
  return value.length > max ? "errors:too_long" : null;
}

/** The error key for an optional http(s) link, or null; `format` is the key for a malformed one. */
export function checkHttpUrl(value: string, format: ErrorKey): ErrorKey | null {
  if (!value) return null;
  if (value.length > MAX_URL_LENGTH) return "errors:too_long";
  return HTTP_URL.test(value) ? null : format;
}

/** Runs checks per field and keeps the failures, for an action's `fieldErrors`. */
export function collectErrors(checks: Record<string, ErrorKey | null>): Record<string, ErrorKey> {
  return Object.fromEntries(Object.entries(checks).filter((e): e is [string, ErrorKey] => e[1] !== null));
}
