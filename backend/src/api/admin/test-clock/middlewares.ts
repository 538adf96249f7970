import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "zod"
import expireCertificationsJob from "../../../jobs/expire-certifications"
import { clockOffsetDays, now, setClockOffsetDays, testClockEnabled } from "../../../lib/clock"
import { sendInvalid } from "../../utils/errors"
import { zodFieldErrors } from "../../utils/validate"

/*
 * Test-only routes: `GET|POST /admin/test/clock` and `POST /admin/test/jobs/expire-certifications`.
 * They are handlers in the middleware list, not `src/api/admin/test/**` route files, because
 * `medusa build` leaves out every path with a `test` segment. They exist only when
 * `CANTING_TEST_CLOCK=1` (the end-to-end and scaled test stacks); otherwise they answer 404 like an unknown route.
 * Only a signed-in operator may call them either way. With several backend processes (two servers
 * and a worker on Redis) the shift is shared by all of them (src/lib/clock.ts says how), and the
 * job may be run through any server: its events reach the worker through Redis as the daily run's do.
 */

type Handler = (req: MedusaRequest, res: MedusaResponse) => Promise<void> | void

const onlyWithTestClock = (handler: Handler) => async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
  if (!testClockEnabled()) return void res.status(404).json({ type: "not_found", message: "Not found" })
  try {
    await handler(req, res)
  } catch (e) {
    next(e)
  }
}

const ClockBody = z.strictObject({
  offset_days: z.number().int("not_integer").min(-3650).max(3650),
})

// `pid`: which process answered, so a test against several servers on one port can tell that each
// of them sees the shift.
const clockAnswer = () => ({ clock: { offset_days: clockOffsetDays(), now: now().toISOString(), pid: process.pid } })

/** The backend clock and its shift from the system clock. */
const getClock: Handler = (_req, res) => void res.json(clockAnswer())

/** `{ offset_days }` shifts the backend clock that many days from the system clock (0 puts it back). */
const setClock: Handler = (req, res) => {
  const parsed = ClockBody.safeParse(req.body ?? {})
  if (!parsed.success) return sendInvalid(req, res, zodFieldErrors(parsed.error))
  setClockOffsetDays(parsed.data.offset_days)
  res.json(clockAnswer())
}

/** Runs the daily certificate expiry job now (at the backend clock) and answers what it did. */
const runExpiryJob: Handler = async (req, res) => {
  res.json({ run: await expireCertificationsJob(req.scope) })
}

const operator = authenticate("user", ["session", "bearer"])

export const adminTestClockMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/test/clock", methods: ["GET"], middlewares: [operator, onlyWithTestClock(getClock)] },
  { matcher: "/admin/test/clock", methods: ["POST"], middlewares: [operator, onlyWithTestClock(setClock)] },
  { matcher: "/admin/test/jobs/expire-certifications", methods: ["POST"], middlewares: [operator, onlyWithTestClock(runExpiryJob)] },
]
