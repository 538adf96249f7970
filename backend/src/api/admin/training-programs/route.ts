import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRAINING_MODULE } from "../../../modules/training"
import type TrainingModuleService from "../../../modules/training/service"
import { PROGRAM_FIELDS } from "../../../modules/training/presenters"
import type { z } from "zod"
import type { AdminListProgramsParams, AdminProgramBodyType } from "./middlewares"

/** Programmes, newest first, each with how many awards it has by verification state. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, z.infer<typeof AdminListProgramsParams>>, res: MedusaResponse) {
  const training = req.scope.resolve<TrainingModuleService>(TRAINING_MODULE)
  const { kind, limit, offset } = req.validatedQuery
  const [programs, count] = await training.listAndCountTrainingPrograms(kind ? { kind } : {}, {
    select: [...PROGRAM_FIELDS], order: { created_at: "DESC" }, skip: offset, take: limit,
  })
  const awards = programs.length
    ? await training.listTrainingAwards({ program_id: programs.map((p) => p.id) }, { select: ["id", "program_id", "verification"] })
    : []
  res.json({
    programs: programs.map((p) => {
      const mine = awards.filter((a) => a.program_id === p.id)
      return { ...p, awards: { pending: mine.filter((a) => a.verification === "pending").length, verified: mine.filter((a) => a.verification === "verified").length, rejected: mine.filter((a) => a.verification === "rejected").length } }
    }),
    count, offset, limit,
  })
}

/** Records a programme (kind, name, organiser, city, dates) that badges can then be awarded from. */
export async function POST(req: AuthenticatedMedusaRequest<AdminProgramBodyType>, res: MedusaResponse) {
  const body = req.validatedBody
  const program = await req.scope.resolve<TrainingModuleService>(TRAINING_MODULE).createTrainingPrograms({
    kind: body.kind, name: body.name, organiser: body.organiser, city: body.city ?? null,
    starts_at: body.starts_at ? new Date(body.starts_at) : null, ends_at: body.ends_at ? new Date(body.ends_at) : null,
    created_by: `user:${req.auth_context.actor_id}`,
  })
  res.status(201).json({ program: Object.fromEntries(PROGRAM_FIELDS.map((k) => [k, program[k] ?? null])) })
}
