/** Fields Query reads for one award as the seller and the operator see it. */
export const AWARD_FIELDS = [
  "id", "seller_id", "level", "certificate_number", "verification", "source", "note", "evidence_file_id", "created_at", "reviewed_at",
  "program.id", "program.kind", "program.name", "program.organiser", "program.city", "program.starts_at", "program.ends_at",
]

export const PROGRAM_FIELDS = ["id", "kind", "name", "organiser", "city", "starts_at", "ends_at", "created_by", "created_at"] as const

type When = Date | string
type ProgramRow = { id: string; kind: string; name: string; organiser: string; city?: string | null; starts_at?: When | null; ends_at?: When | null }

/** An award as Query reads it with AWARD_FIELDS (the program link may be missing). */
export type AwardRow = {
  id: string
  level: string
  certificate_number?: string | null
  verification: string
  source: string
  note?: string | null
  evidence_file_id?: string | null
  created_at: When
  program?: ProgramRow | null
}

const program = (p: ProgramRow | null | undefined) => (p ? { id: p.id, kind: p.kind, name: p.name, organiser: p.organiser, city: p.city ?? null, starts_at: p.starts_at ?? null, ends_at: p.ends_at ?? null } : null)

/** An award without its private file key: `has_evidence` says whether a file can be fetched. */
export function presentAward(a: AwardRow) {
  return {
    id: a.id, program: program(a.program), level: a.level, certificate_number: a.certificate_number ?? null,
    verification: a.verification, source: a.source, note: a.note ?? null, has_evidence: !!a.evidence_file_id, created_at: a.created_at,
  }
}

/** The badge shoppers see: verified awards only, no numbers or notes. */
export function presentBadge(a: Pick<AwardRow, "level" | "program">) {
  const start = a.program?.starts_at ?? a.program?.ends_at ?? null
  return {
    program_kind: a.program?.kind, program_name: a.program?.name, organiser: a.program?.organiser, level: a.level,
    year: start ? new Date(start).getUTCFullYear() : null,
  }
}
