import type { TrainingProgram } from "@canting/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRAINING_MODULE } from "../../../modules/training"
import type TrainingModuleService from "../../../modules/training/service"

export type ProgramInput = {
  kind: TrainingProgram; name: string; organiser: string; city?: string | null; starts_at?: Date | string | null; ends_at?: Date | string | null; created_by: string
}

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase()
const year = (d: Date | string | null | undefined) => (d ? new Date(d).getUTCFullYear() : null)

/**
 * The programme a seller's claim names: an existing one of the same kind, name, organiser and year
 * (so two workshops from one cohort share it), else a new one. Undone by deleting what it created.
 */
export const findOrCreateProgramStep = createStep(
  "find-or-create-training-program",
  async (input: ProgramInput, { container }) => {
    const training = container.resolve<TrainingModuleService>(TRAINING_MODULE)
    const candidates = await training.listTrainingPrograms({ kind: input.kind })
    const match = candidates.find((p) => same(p.name, input.name) && same(p.organiser, input.organiser) && year(p.starts_at) === year(input.starts_at))
    if (match) return new StepResponse(match, undefined as string | undefined)
    const created = await training.createTrainingPrograms({
      kind: input.kind, name: input.name, organiser: input.organiser, city: input.city ?? null,
      starts_at: input.starts_at ? new Date(input.starts_at) : null, ends_at: input.ends_at ? new Date(input.ends_at) : null, created_by: input.created_by,
    })
    return new StepResponse(created, created.id as string | undefined)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve<TrainingModuleService>(TRAINING_MODULE).deleteTrainingPrograms(createdId)
  }
)
