import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import expireCertificationsJob from "../../../../../jobs/expire-certifications"
import { testRoutesOff } from "../../guard"

/** Test only: runs the daily certificate expiry job now (at the backend clock) and answers what it did. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  if (testRoutesOff(req, res)) return
  res.json({ run: await expireCertificationsJob(req.scope) })
}
