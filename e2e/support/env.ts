/**
 * Settings the e2e suite reads from the environment (all optional except where a test says otherwise).
 *
 * E2E_BASE_URL        storefront origin            (default http://localhost:8000)
 * E2E_BACKEND_URL     Medusa backend origin        (default http://localhost:9000)
 * E2E_PUBLISHABLE_KEY Medusa publishable API key   (needed by tests that query the store API)
 * E2E_ADMIN_EMAIL     Medusa admin operator login  (default admin@canting.test)
 * E2E_ADMIN_PASSWORD  Medusa admin operator secret (default canting-admin-demo)
 * E2E_STRIPE_API_URL  loopback Stripe fake         (needed by card-payment.spec.ts; scripts/test.mjs starts it)
 * CHROMIUM_PATH       Chromium/Chrome binary       (default: first of /usr/bin/chromium, chromium-browser, google-chrome)
 */
const trimSlash = (url: string) => url.trim().replace(/\/+$/, "");

export const env = {
  baseURL: trimSlash(process.env.E2E_BASE_URL || "http://localhost:8000"),
  backendURL: trimSlash(process.env.E2E_BACKEND_URL || "http://localhost:9000"),
  publishableKey: process.env.E2E_PUBLISHABLE_KEY?.trim() || undefined,
  adminEmail: process.env.E2E_ADMIN_EMAIL || "admin@canting.test",
  adminPassword: process.env.E2E_ADMIN_PASSWORD || "canting-admin-demo",
} as const;

/** The publishable key, or a clear error explaining how to get one. */
export function requirePublishableKey(): string {
  if (env.publishableKey) return env.publishableKey;
  throw new Error(
    "E2E_PUBLISHABLE_KEY is not set. It is the Medusa publishable API key the storefront uses; locally: " +
      "PGPASSWORD=canting psql -h localhost -p 54329 -U postgres -d canting -tAc " +
      "\"select token from api_key where type='publishable' and revoked_at is null\"",
  );
}
