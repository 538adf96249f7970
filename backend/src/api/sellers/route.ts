import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createSellerWorkflow } from "../../workflows/seller/workflows/create-seller"
import { respondWithGuards } from "../utils/seller-context"
import { sendInvalid } from "../utils/errors"
import type { z } from "zod"
import type { CreateSeller } from "./validators"

/** Creates the signed-up person's seller in `draft`; the registration token becomes its owner. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateSeller>>, res: MedusaResponse) {
  if (req.auth_context.actor_id) return sendInvalid(req, res, [{ field: "token", code: "already_registered" }])
  const body = req.validatedBody
  const identity = await req.scope.resolve(Modules.AUTH).retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const email = identity.provider_identities?.[0]?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  await respondWithGuards(req, res, async () => {
    const { result: seller } = await createSellerWorkflow(req.scope).run({
      input: { ...body, email, auth_identity_id: req.auth_context.auth_identity_id },
    })
    res.status(201).json({ seller })
  })
}
