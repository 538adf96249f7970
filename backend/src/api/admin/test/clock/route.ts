import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { clockOffsetDays, now, setClockOffsetDays } from "../../../../lib/clock"
import { sendInvalid } from "../../../utils/errors"
import { zodFieldErrors } from "../../../utils/validate"
import { testRoutesOff } from "../guard"

const ClockBody = z.strictObject({
  offset_days: z.number().int("not_integer").min(-3650).max(3650),
})

const answer = () => ({ clock: { offset_days: clockOffsetDays(), now: now().toISOString() } })

/** Test only: the backend clock and its shift from the system clock. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  if (testRoutesOff(req, res)) return
  res.json(answer())
}

/** Test only: `{ offset_days }` shifts the backend clock that many days from the system clock (0 puts it back). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  if (testRoutesOff(req, res)) return
  const parsed = ClockBody.safeParse(req.body ?? {})
  if (!parsed.success) return sendInvalid(req, res, zodFieldErrors(parsed.error))
  setClockOffsetDays(parsed.data.offset_days)
  res.json(answer())
}
