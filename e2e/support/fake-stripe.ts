import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

/**
 * Card payments in the e2e: the backend talks to the loopback Stripe API (scripts/lib/stripe-fake.cjs,
 * started by scripts/test.mjs) and Chromium gets a fake Stripe.js (fixtures/fake-stripe-js.js) in place
 * of https://js.stripe.com/endive/stripe.js, which talks to the same loopback API. No network.
 */
export const stripeApiURL = process.env.E2E_STRIPE_API_URL?.trim().replace(/\/+$/, "") || undefined;

/** The URL @stripe/stripe-js 10 injects (release train "endive"); older v3 URLs too. */
export const STRIPE_JS_URL = /^https:\/\/js\.stripe\.com\/(v3|[a-z]+)(\/stripe\.js)?\/?(\?.*)?$/;

export function requireStripeApi(): string {
  if (stripeApiURL) return stripeApiURL;
  throw new Error(
    "E2E_STRIPE_API_URL is not set. Card payments run against the loopback Stripe fake that `npm test` starts " +
      "(scripts/lib/stack.mjs startStripeFake); to run this spec by hand, start `node scripts/lib/stripe-fake.cjs --port 12100`, " +
      "bring the apps up with STRIPE_API_KEY=sk_test_… STRIPE_API_HOST=http://127.0.0.1:12100 STRIPE_PUBLISHABLE_KEY=pk_test_… " +
      "and set E2E_STRIPE_API_URL=http://127.0.0.1:12100.",
  );
}

/** Serves the fake Stripe.js to this page, pointed at the loopback Stripe API. */
export async function serveFakeStripeJs(page: Page): Promise<void> {
  const api = requireStripeApi();
  const source = readFileSync(path.join(__dirname, "..", "fixtures", "fake-stripe-js.js"), "utf8").replace("__CANTING_FAKE_STRIPE_API__", api);
  await page.route(STRIPE_JS_URL, (route) => route.fulfill({ status: 200, contentType: "application/javascript", body: source }));
}

export type FakeIntent = {
  id: string; amount: number; currency: string; status: string; capture_method: string; payment_method: string | null;
  metadata: Record<string, string>; last_payment_error: { code?: string; message?: string } | null;
};
/** A form-encoded body parsed into nested objects: `a[b]=1` is `{ a: { b: "1" } }`. */
export type StripeForm = { [key: string]: string | StripeForm };

/** The text at `path` in a parsed form (`formField(body, "card", "number")`), undefined when absent or not text. */
export function formField(form: StripeForm, ...path: string[]): string | undefined {
  let node: string | StripeForm | undefined = form;
  for (const key of path) node = typeof node === "object" ? node[key] : undefined;
  return typeof node === "string" ? node : undefined;
}
export type FakeRequest = { method: string; path: string; body: StripeForm; key: "secret" | "publishable" | null };

/** What the loopback Stripe API holds: every intent and every request it answered. */
export async function stripeFakeState(request: APIRequestContext): Promise<{ intents: FakeIntent[]; requests: FakeRequest[] }> {
  const response = await request.get(`${requireStripeApi()}/__fake/state`);
  expect(response.status(), "GET /__fake/state on the Stripe fake").toBe(200);
  return response.json();
}
