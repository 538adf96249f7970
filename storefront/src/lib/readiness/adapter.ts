import {
  READINESS_AREAS, READINESS_BANDS, READINESS_MAX, READINESS_RULES, READINESS_RUBRIC_VERSION, READINESS_VERIFIABLE_MAX, TRAINING_LEVELS, TRAINING_PROGRAMS, pointsSplit,
  type ReadinessArea, type ReadinessAssessment, type ReadinessBand, type ReadinessItem, type TrainingLevel, type TrainingProgram,
} from "@canting/domain";

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === "object" && v !== null;
const num = (v: unknown, d = 0) => (typeof v === "number" && Number.isFinite(v) ? v : d);
const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const isBand = (v: unknown): v is ReadinessBand => (READINESS_BANDS as readonly unknown[]).includes(v);

export type ReadinessView = {
  assessment: ReadinessAssessment;
  history: { at: string; score: number; band: ReadinessBand }[];
};

const msg = (v: unknown) => (isObj(v) && typeof v.key === "string" ? { key: v.key, params: isObj(v.params) ? (v.params as Record<string, string | number>) : undefined } : undefined);

/** `GET /sellers/me/readiness`, checked field by field (the backend computes it with the same domain rubric). */
export function toReadinessView(raw: unknown): ReadinessView | null {
  const body = isObj(raw) ? raw : {};
  const r = isObj(body.readiness) ? body.readiness : null;
  if (!r || !isBand(r.band)) return null;
  const items: ReadinessItem[] = (Array.isArray(r.items) ? r.items : []).flatMap((i) => {
    if (!isObj(i) || typeof i.id !== "string" || !(READINESS_AREAS as readonly unknown[]).includes(i.area)) return [];
    const points = num(i.points);
    const verified = i.verified === true;
    // An assessment stored before the verified/declared split: all of an item's points count one way.
    const verifiedPoints = typeof i.verified_points === "number" ? i.verified_points : verified ? points : 0;
    const rule = READINESS_RULES.find((x) => x.id === i.id);
    return [{
      id: i.id, area: i.area as ReadinessArea, max: num(i.max), points, gate: i.gate === true, verified,
      state: i.state === "full" || i.state === "partial" ? i.state : "none",
      verifiable: num(i.verifiable, rule?.verifiable ?? num(i.max)), verified_points: verifiedPoints, self_declared_points: num(i.self_declared_points, points - verifiedPoints),
      earned: msg(i.earned), next: msg(i.next),
    }];
  });
  const areas = READINESS_AREAS.map((area) => {
    const a = (Array.isArray(r.areas) ? r.areas : []).find((x) => isObj(x) && x.area === area) as Raw | undefined;
    return { area, points: num(a?.points), max: num(a?.max) };
  });
  const history = (Array.isArray(body.history) ? body.history : []).flatMap((h) =>
    isObj(h) && str(h.computed_at) && isBand(h.band) ? [{ at: h.computed_at as string, score: num(h.score), band: h.band }] : [],
  );
  return {
    assessment: {
      version: READINESS_RUBRIC_VERSION, score: num(r.score), band: r.band, items, areas,
      max: num(r.max, READINESS_MAX), verifiable_max: num(r.verifiable_max, READINESS_VERIFIABLE_MAX), ...pointsSplit(items),
      gates_failed: (Array.isArray(r.gates_failed) ? r.gates_failed : []).filter((g): g is string => typeof g === "string"),
    },
    history,
  };
}

export type TrainingAward = {
  id: string;
  programKind: TrainingProgram | null;
  programName: string;
  organiser: string | null;
  year: number | null;
  level: TrainingLevel | null;
  certificateNumber: string | null;
  verification: "pending" | "verified" | "rejected";
  note: string | null;
};

/** `GET /sellers/me/trainings` awards, newest first as the backend sends them. */
export function toTrainingAwards(raw: unknown): TrainingAward[] {
  const list = isObj(raw) && Array.isArray(raw.awards) ? raw.awards : [];
  return list.flatMap((a) => {
    if (!isObj(a) || !str(a.id)) return [];
    const p = isObj(a.program) ? a.program : {};
    const start = str(p.starts_at);
    const v = a.verification;
    return [{
      id: a.id as string,
      programKind: (TRAINING_PROGRAMS as readonly unknown[]).includes(p.kind) ? (p.kind as TrainingProgram) : null,
      programName: str(p.name) ?? "",
      organiser: str(p.organiser),
      year: start ? new Date(start).getUTCFullYear() : null,
      level: (TRAINING_LEVELS as readonly unknown[]).includes(a.level) ? (a.level as TrainingLevel) : null,
      certificateNumber: str(a.certificate_number),
      verification: v === "verified" || v === "rejected" ? v : "pending",
      note: str(a.note),
    }];
  });
}
