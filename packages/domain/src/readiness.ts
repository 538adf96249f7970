import {
  BAND_FLOOR, READINESS_AREAS, READINESS_MAX, READINESS_RUBRIC_VERSION,
  type ItemState, type ReadinessArea, type ReadinessAssessment, type ReadinessBand, type ReadinessInput, type ReadinessItem, type ReadinessRule,
} from "./readiness-model.js";
import { READINESS_RULES, round1 } from "./readiness-rules.js";

// The rubric's vocabulary and types live in readiness-model.ts, its items in readiness-rules.ts,
// the places its next steps lead to in readiness-next.ts and the sources it rests on in readiness-sources.ts.
export * from "./readiness-model.js";
export * from "./readiness-next.js";
export * from "./readiness-sources.js";
export { READINESS_RULES };

export const AREA_MAX: Record<ReadinessArea, number> = READINESS_RULES.reduce(
  (acc, r) => ({ ...acc, [r.area]: acc[r.area] + r.max }),
  { legal: 0, product: 0, capacity: 0, environment: 0, market: 0 } as Record<ReadinessArea, number>,
);

/** The most an item can earn today: its verifiable points in full, the rest (answers only) at half. */
export const reachableMax = (rule: Pick<ReadinessRule, "max" | "verifiable">) => rule.verifiable + (rule.max - rule.verifiable) / 2;

/** The highest score a workshop can reach today (86 of 100), the sum of every item's reachable maximum. */
export const READINESS_VERIFIABLE_MAX = Math.floor(READINESS_RULES.reduce((s, r) => s + reachableMax(r), 0) + 1e-9);

export function bandFor(score: number, gatesFailed: readonly string[]): ReadinessBand {
  if (score >= BAND_FLOOR.export_ready && gatesFailed.length === 0) return "export_ready";
  if (score >= BAND_FLOOR.ready_with_support) return "ready_with_support";
  return "not_ready";
}

const finite = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/**
 * Of the points earned, how many rest on evidence Canting verified or observes, and how many only on the
 * workshop's answers. Reads stored items defensively, also ones stored before the split existed (then all
 * or nothing by `verified`).
 */
export function pointsSplit(items: readonly unknown[]): { verified_points: number; self_declared_points: number } {
  let verified = 0;
  let total = 0;
  for (const raw of items) {
    if (!raw || typeof raw !== "object") continue;
    const i = raw as Record<string, unknown>;
    const points = finite(i.points);
    total += points;
    verified += typeof i.verified_points === "number" ? finite(i.verified_points) : i.verified === true ? points : 0;
  }
  return { verified_points: round1(verified), self_declared_points: round1(total - verified) };
}

/** What a shopper may see of an assessment: score, band, scale and how much of it Canting verified. */
export type PublicReadiness = Pick<ReadinessAssessment, "score" | "band" | "max" | "verifiable_max" | "verified_points" | "self_declared_points"> & { version: string };

/** The public summary of an assessment (a stored one's items are read defensively). */
export function toPublicReadiness(a: { score: number; band: ReadinessBand; version: string; items?: readonly unknown[] }): PublicReadiness {
  return { score: a.score, band: a.band, version: a.version, max: READINESS_MAX, verifiable_max: READINESS_VERIFIABLE_MAX, ...pointsSplit(a.items ?? []) };
}

/** Scores a seller against rubric v1. Pure: the same input and clock always give the same result. */
export function assessReadiness(input: ReadinessInput, now: Date = new Date()): ReadinessAssessment {
  const items: ReadinessItem[] = READINESS_RULES.map((rule) => {
    const { verified_points: split, ...r } = rule.score(input, now);
    const points = Math.min(rule.max, Math.max(0, r.points));
    const state: ItemState = points >= rule.max ? "full" : points > 0 ? "partial" : "none";
    const verified_points = round1(Math.min(points, split ?? (r.verified ? points : 0)));
    return {
      id: rule.id, area: rule.area, max: rule.max, gate: !!rule.gate, ...r, points, state,
      verifiable: rule.verifiable, verified_points, self_declared_points: round1(points - verified_points),
    };
  });
  const gates_failed = items.filter((i) => i.gate && !(i.state === "full" && i.verified)).map((i) => i.id);
  const areas = READINESS_AREAS.map((area) => ({
    area,
    points: round1(items.filter((i) => i.area === area).reduce((s, i) => s + i.points, 0)),
    max: AREA_MAX[area],
  }));
  // Half points can leave .5s; the score rounds down so a band is never reached by rounding.
  const score = Math.floor(items.reduce((s, i) => s + i.points, 0) + 1e-9);
  return {
    version: READINESS_RUBRIC_VERSION, score, max: READINESS_MAX, verifiable_max: READINESS_VERIFIABLE_MAX, ...pointsSplit(items),
    band: bandFor(score, gates_failed), gates_failed, areas, items,
  };
}
