import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CERT_ACTION_WORKFLOWS } from "../../../../../workflows/certification/workflows/transition-certificate"
import { CERTIFICATE_FIELDS, presentCertificate, type CertificateRow } from "../../../../../modules/certification/presenters"
import { respondWithGuards } from "../../../../utils/seller-context"
import { findCertificate } from "../route"
import { now } from "../../../../../lib/clock"
import type { z } from "zod"
import type { AdminCertificateDecision } from "../../middlewares"

const ACTIONS: Record<string, keyof typeof CERT_ACTION_WORKFLOWS> = { verify: "verify", reject: "reject", revoke: "revoke" }

/** The operator's decisions: verify `{ method, note? }`, reject `{ note }`, revoke `{ note }`. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCertificateDecision> | undefined>, res: MedusaResponse) {
  const action = ACTIONS[req.params.action]
  if (!action) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown action ${req.params.action}`)
  await findCertificate(req) // 404 for an unknown certificate
  const body = req.validatedBody ?? {}
  await respondWithGuards(req, res, async () => {
    await CERT_ACTION_WORKFLOWS[action](req.scope).run({
      input: { certificate_id: req.params.id, actor_id: req.auth_context.actor_id, method: body.method ?? null, note: body.note?.trim() || null },
    })
    const { data: [cert] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "certificate", fields: CERTIFICATE_FIELDS, filters: { id: req.params.id } })
    res.json({ certificate: presentCertificate(cert as CertificateRow, now()) })
  })
}
