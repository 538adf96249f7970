import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findCertificate } from "../../route"
import { streamDocument } from "../../../../../sellers/me/documents/stream-document"

/** The operator views a certificate's evidence inline. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cert = await findCertificate(req)
  const evidence = (cert.evidence ?? []).find((e) => e.id === req.params.evidenceId)
  if (!evidence) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Evidence not found")
  await streamDocument(req, res, evidence)
}
