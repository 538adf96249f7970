import "server-only";
import { MIN_REVALIDATE_SECRET_LENGTH } from "@canting/domain";

/** Runtime configuration of the storefront, read and checked once per server process. */
export type ServerEnv = {
  medusaBackendUrl: string;
  medusaPublishableKey: string;
  siteUrl: string;
};

let cached: ServerEnv | undefined;

function readUrl(name: string, fallback: string): string {
  const raw = process.env[name]?.trim() || fallback;
  try {
    return new URL(raw).toString().replace(/\/$/, "");
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${raw}"`);
  }
}

/**
 * Validates MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY and NEXT_PUBLIC_SITE_URL.
 * Lazy on purpose: `next build` runs without them, so nothing reads env at import time.
 */
export function getServerEnv(): ServerEnv {
  if (cached) return cached;
  const medusaPublishableKey = process.env.MEDUSA_PUBLISHABLE_KEY?.trim() ?? "";
  if (!medusaPublishableKey) throw new Error("MEDUSA_PUBLISHABLE_KEY is not set");
  cached = {
    medusaBackendUrl: readUrl("MEDUSA_BACKEND_URL", "http://localhost:9000"),
    medusaPublishableKey,
    siteUrl: getSiteUrl(),
  };
  return cached;
}

/** The public origin of the storefront, for absolute hreflang links; never throws. */
export function getSiteUrl(): string {
  try {
    return readUrl("NEXT_PUBLIC_SITE_URL", "http://localhost:8000");
  } catch {
    return "http://localhost:8000";
  }
}

/** Stripe's publishable key, read at request time (never at build); null when card payments are off. */
export function getStripePublishableKey(): string | null {
  return process.env.STRIPE_PUBLISHABLE_KEY?.trim() || null;
}

/** Where export enquiries go; contact details of workshops stay private. */
export function getExportDeskEmail(): string {
  return process.env.EXPORT_DESK_EMAIL?.trim() || "ekspor@canting.test";
}

/**
 * The secret the backend signs its "what changed" calls with (`REVALIDATE_SECRET`, shared with the
 * backend); null when unset or shorter than the minimum, and then nothing is cached. Read at request time.
 */
export function getRevalidateSecret(): string | null {
  const secret = process.env.REVALIDATE_SECRET?.trim() ?? "";
  return secret.length >= MIN_REVALIDATE_SECRET_LENGTH ? secret : null;
}
