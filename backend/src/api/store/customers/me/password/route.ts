import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changePassword, type ChangePasswordBodyType } from "../../../../auth/change-password"

/** The signed-in shopper changes its password (`{ current_password, new_password }`). */
export const POST = (req: AuthenticatedMedusaRequest<ChangePasswordBodyType>, res: MedusaResponse) => changePassword(req, res)
