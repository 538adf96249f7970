import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ownCertificate } from "../../route"
import { streamDocument } from "../../../../documents/stream-document"

/** The bytes of one evidence file of the signed-in seller's certificate. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cert = await ownCertificate(req)
  const evidence = (cert.evidence ?? []).find((e) => e.id === req.params.evidenceId)
  if (!evidence) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Evidence not found")
  await streamDocument(req, res, evidence)
}
