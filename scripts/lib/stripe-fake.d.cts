// Types for stripe-fake.cjs (the backend's TypeScript tests import it).
/** A form-encoded body parsed into nested objects: `a[b]=1` is `{ a: { b: "1" } }`, arrays keyed "0", "1", …. */
export type StripeForm = { [key: string]: string | StripeForm }
export type RecordedRequest = { method: string; path: string; body: StripeForm; idempotencyKey?: string; key: "secret" | "publishable" | null }
export type FakeIntent = {
  id: string; object: "payment_intent"; amount: number; amount_capturable: number; amount_received: number
  currency: string; status: string; capture_method: "automatic" | "manual"; client_secret: string
  metadata: Record<string, string>; customer: string | null; payment_method: string | null
  last_payment_error: null | Record<string, unknown>; latest_charge: string | null; created: number
  [key: string]: unknown
}
export type StripeFake = {
  url: string
  requests: RecordedRequest[]
  intents: Map<string, FakeIntent>
  refunds: Record<string, unknown>[]
  /** Simulates the shopper paying with a card in the browser (Stripe.js confirm): manual capture → requires_capture, automatic → succeeded. */
  pay(intentId: string): FakeIntent
  /** Requests of one kind, e.g. requestsTo("POST", /^\/v1\/payment_intents$/). */
  requestsTo(method: string, path: RegExp): RecordedRequest[]
  reset(): void
  close(): Promise<void>
}
/** Parses Stripe's form encoding (`metadata[session_id]=x&expand[0]=payment_method`) into nested objects. */
export function parseStripeForm(raw: string): StripeForm
/** Starts the fake on 127.0.0.1 (port 0: any free port). */
export function startStripeFake(port?: number): Promise<StripeFake>
/** Stripe test cards the fake knows: 4242… pays, 4000 0000 0000 0002 is declined. */
export const TEST_CARDS: Record<string, { paymentMethod?: string; decline?: { code: string; decline_code: string; message: string } }>
