import { BAND_FLOOR, READINESS_AREAS, READINESS_RUBRIC_VERSION, type ItemState, type ReadinessArea, type ReadinessAssessment, type ReadinessBand, type ReadinessInput, type ReadinessItem } from "./readiness-model";
import { READINESS_RULES, round1 } from "./readiness-rules";

// The rubric's vocabulary and types live in readiness-model.ts, its items in readiness-rules.ts.
export * from "./readiness-model";
export { READINESS_RULES };

export const AREA_MAX: Record<ReadinessArea, number> = READINESS_RULES.reduce(
  (acc, r) => ({ ...acc, [r.area]: acc[r.area] + r.max }),
  { legal: 0, product: 0, capacity: 0, environment: 0, market: 0 } as Record<ReadinessArea, number>,
);

export function bandFor(score: number, gatesFailed: readonly string[]): ReadinessBand {
  if (score >= BAND_FLOOR.export_ready && gatesFailed.length === 0) return "export_ready";
  if (score >= BAND_FLOOR.ready_with_support) return "ready_with_support";
  return "not_ready";
}

/** Scores a seller against rubric v1. Pure: the same input and clock always give the same result. */
export function assessReadiness(input: ReadinessInput, now: Date = new Date()): ReadinessAssessment {
  const items: ReadinessItem[] = READINESS_RULES.map((rule) => {
    const r = rule.score(input, now);
    const points = Math.min(rule.max, Math.max(0, r.points));
    const state: ItemState = points >= rule.max ? "full" : points > 0 ? "partial" : "none";
    return { id: rule.id, area: rule.area, max: rule.max, gate: !!rule.gate, ...r, points, state };
  });
  const gates_failed = items.filter((i) => i.gate && !(i.state === "full" && i.verified)).map((i) => i.id);
  const areas = READINESS_AREAS.map((area) => ({
    area,
    points: round1(items.filter((i) => i.area === area).reduce((s, i) => s + i.points, 0)),
    max: AREA_MAX[area],
  }));
  // Half points can leave .5s; the score rounds down so a band is never reached by rounding.
  const score = Math.floor(items.reduce((s, i) => s + i.points, 0) + 1e-9);
  return { version: READINESS_RUBRIC_VERSION, score, band: bandFor(score, gates_failed), gates_failed, areas, items };
}
