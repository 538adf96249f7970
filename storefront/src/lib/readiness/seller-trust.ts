import { READINESS_BANDS, TRAINING_LEVELS, TRAINING_PROGRAMS, type ReadinessBand, type TrainingLevel, type TrainingProgram } from "@canting/domain";
import type { SellerTrust } from "@/lib/types";

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === "object" && v !== null;
const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * A public seller's readiness as shoppers see it: score and band on Canting's rubric, the scale and the
 * highest score reachable today, how many points Canting verified and how many the workshop only
 * declared (null when the store API did not say), and whether the workshop is demo data.
 */
export type PublicReadinessView = {
  score: number;
  band: ReadinessBand;
  version: string;
  max: number;
  verifiableMax: number | null;
  verifiedPoints: number | null;
  selfDeclaredPoints: number | null;
  demo: boolean;
};

/** A public seller's readiness and verified badges from the store API (absent → none shown). */
export function toSellerTrust(raw: Raw): SellerTrust {
  const r = isObj(raw.readiness) ? raw.readiness : null;
  const readiness: PublicReadinessView | null = r && (READINESS_BANDS as readonly unknown[]).includes(r.band) && typeof r.score === "number"
    ? {
        score: r.score, band: r.band as ReadinessBand, version: str(r.version) ?? "",
        max: num(r.max) ?? 100, verifiableMax: num(r.verifiable_max),
        verifiedPoints: num(r.verified_points), selfDeclaredPoints: num(r.self_declared_points),
        demo: raw.is_demo === true,
      }
    : null;
  const badges = (Array.isArray(raw.badges) ? raw.badges : []).flatMap((b) =>
    isObj(b) && (str(b.program_name) || str(b.program_kind))
      ? [{
          programKind: (TRAINING_PROGRAMS as readonly unknown[]).includes(b.program_kind) ? (b.program_kind as TrainingProgram) : null,
          programName: str(b.program_name) ?? "",
          organiser: str(b.organiser),
          level: (TRAINING_LEVELS as readonly unknown[]).includes(b.level) ? (b.level as TrainingLevel) : null,
          year: typeof b.year === "number" ? b.year : null,
        }]
      : [],
  );
  return { readiness, badges };
}
