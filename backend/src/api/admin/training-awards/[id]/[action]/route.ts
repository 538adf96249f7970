import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AWARD_FIELDS, presentAward } from "../../../../../modules/training/presenters"
import { AWARD_ACTION_WORKFLOWS } from "../../../../../workflows/training/workflows/transition-award"
import { respondWithTrainingGuards, sendAwardNotFound } from "../../../../sellers/me/trainings/respond"

/** POST /admin/training-awards/:id/verify | reject `{ note? }` (a rejection needs the note). */
export async function POST(req: AuthenticatedMedusaRequest<{ note?: string } | undefined>, res: MedusaResponse) {
  const action = req.params.action as keyof typeof AWARD_ACTION_WORKFLOWS
  if (!Object.prototype.hasOwnProperty.call(AWARD_ACTION_WORKFLOWS, action)) return sendAwardNotFound(req, res, "not_found")
  const { note } = req.validatedBody ?? {}
  await respondWithTrainingGuards(req, res, async () => {
    await AWARD_ACTION_WORKFLOWS[action](req.scope).run({ input: { award_id: req.params.id, actor_id: req.auth_context.actor_id, note: note ?? null } })
    const { data: [award] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "training_award", fields: AWARD_FIELDS, filters: { id: req.params.id } })
    res.json({ award: presentAward(award) })
  })
}
