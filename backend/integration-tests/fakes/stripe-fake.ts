// The loopback Stripe API is defined once, in scripts/lib/stripe-fake.cjs, for these tests and the e2e stack.
export { startStripeFake, parseStripeForm, TEST_CARDS } from "../../../scripts/lib/stripe-fake.cjs"
export type { FakeIntent, RecordedRequest, StripeFake } from "../../../scripts/lib/stripe-fake.cjs"
