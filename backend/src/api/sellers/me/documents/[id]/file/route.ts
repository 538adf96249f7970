import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownDocument } from "../route"
import { streamDocument } from "../../stream-document"

/** The bytes of one of the signed-in seller's documents. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await streamDocument(req, res, await ownDocument(req))
}
