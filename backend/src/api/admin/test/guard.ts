import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { testClockEnabled } from "../../../lib/clock"

/**
 * Test-only routes exist only when `CANTING_TEST_CLOCK=1` (the end-to-end stack); otherwise they
 * answer 404 like any unknown route. Operators must be signed in either way (every /admin route).
 */
export function testRoutesOff(_req: MedusaRequest, res: MedusaResponse): boolean {
  if (testClockEnabled()) return false
  res.status(404).json({ type: "not_found", message: "Not found" })
  return true
}
