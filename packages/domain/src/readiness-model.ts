import type { CertDisplayState } from "./certification.js";
import type { Technique } from "./techniques.js";
import type { CertScheme, TrainingProgram, WastewaterMethod } from "./trust.js";

/**
 * Export readiness, rubric v1: a score from 0 to 100 over five areas, built from the proposal in
 * shared/research/domain-batik.md §6.3. It is Canting's own rubric, not an official designation: no
 * Kemendag or PPEI export-readiness rubric exists (§4.6). Canting publishes and versions it.
 *
 * Rules every item follows:
 * - evidence the operator verified (an accepted document, a verified certificate or badge) or that the
 *   platform observes itself (listings, orders, time on Canting) earns the full points;
 * - a self-declared answer earns at most half the points until it is verified;
 * - some answers Canting cannot verify yet (no document kind or record exists for them): each rule says
 *   how many of its points are verifiable today (`verifiable`), so the highest score reachable today is
 *   READINESS_VERIFIABLE_MAX (86), not 100;
 * - gate items (A1, A2, B1) must be fully earned, with verified evidence, for the top band.
 * Bands: not yet ready 0–39, ready with support 40–69, export-ready 70+ (and all gates).
 */
export const READINESS_RUBRIC_VERSION = "v1-2026" as const;
/** The day this version of the rubric took effect (ISO date): shown with the version on the rubric page. */
export const READINESS_RUBRIC_DATE = "2026-12-07" as const;
/** The rubric's full scale. */
export const READINESS_MAX = 100;

export const READINESS_AREAS = ["legal", "product", "capacity", "environment", "market"] as const;
export type ReadinessArea = (typeof READINESS_AREAS)[number];

export const READINESS_BANDS = ["not_ready", "ready_with_support", "export_ready"] as const;
export type ReadinessBand = (typeof READINESS_BANDS)[number];
export const BAND_FLOOR: Record<ReadinessBand, number> = { not_ready: 0, ready_with_support: 40, export_ready: 70 };

export const TRAINING_LEVELS = ["participant", "completed", "graduate", "first_export_achieved"] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];

export const EXPORT_EXPERIENCE = ["none", "indirect", "direct_sample", "direct_repeat"] as const;
export type ExportExperience = (typeof EXPORT_EXPERIENCE)[number];

export const INCOTERMS = ["EXW", "FCA", "FOB", "DAP"] as const;

/** Minimum believable lead time (days) per technique: a hand-drawn cloth takes weeks (domain-batik.md §6.3 C2). */
export const MIN_LEAD_TIME_DAYS: Partial<Record<Technique, number>> = { batik_tulis: 14, batik_kombinasi: 7 };

type ReviewState = "pending" | "accepted" | "rejected";

/** A seller's own answers to the export questions (always self-declared): the portal's form, the rubric's input. */
export type ExportDeclarations = {
  cross_border_payment?: boolean;
  knows_ska?: boolean;
  sample_days?: number | null;
  moq_and_tiers?: boolean;
  incoterm_quote?: boolean;
  export_experience?: ExportExperience | null;
  trade_fair?: boolean;
};

/** Everything the score depends on, gathered by the backend from the seller, its documents, certificates, trainings and products. */
export type ReadinessInput = {
  seller: {
    nib: string | null;
    npwp: string | null;
    kbli: string[];
    techniques: string[];
    capacity: { technique: string; units_per_month: number; lead_time_days: number }[];
    wastewater_method: WastewaterMethod | null;
    workforce_total: number;
    workforce_bpjs: number;
    apprentices_under_25: number;
    /** When the operator approved the shop; the platform's own record of how long it has sold online. */
    approved_at: Date | string | null;
  };
  /** Seller documents with the operator's review state. */
  documents: { kind: string; review_state: ReviewState }[];
  /** Certificates of the seller and its products, with their computed display state. */
  certificates: { scheme: CertScheme | string; display_state: CertDisplayState }[];
  /** Published listings and what they tell an export buyer. */
  products: { technique: string | null; has_english: boolean; has_spec: boolean; hs_code: string | null }[];
  /** Training badges: verified awards or pending claims. */
  trainings: { program: TrainingProgram | string; level: TrainingLevel | string; verification: "pending" | "verified" | "rejected" }[];
  /** The seller's own answers to the export questions (always self-declared). */
  declarations: ExportDeclarations;
  /** The platform's order record (C4); null until the seller has orders to judge. */
  orders: { completed: number; on_time: number; complaints: number } | null;
};

/** What an item earned: `full` (verified or observed), `partial` (self-declared or incomplete), `none`. */
export type ItemState = "full" | "partial" | "none";

/** A translatable message: a key in the `readiness` namespace plus its parameters. */
export type ReadinessMessage = { key: string; params?: Record<string, string | number | undefined> };

export type ReadinessItem = {
  id: string;
  area: ReadinessArea;
  max: number;
  points: number;
  gate: boolean;
  /** True when every point earned rests on verified or observed evidence. */
  verified: boolean;
  state: ItemState;
  /** How many of the item's points Canting can verify today (the rule's `verifiable`). */
  verifiable: number;
  /** Of `points`, those resting on evidence Canting verified or observes itself. */
  verified_points: number;
  /** Of `points`, those resting only on the workshop's own answers. */
  self_declared_points: number;
  /** What earned the points (absent when none). */
  earned?: ReadinessMessage;
  /** The next step to earn (more of) them (absent when full). */
  next?: ReadinessMessage;
};

export type ReadinessAssessment = {
  version: typeof READINESS_RUBRIC_VERSION;
  score: number;
  /** The rubric's full scale (100). */
  max: number;
  /** The highest score reachable today: every verifiable point, plus half of the points only an answer can earn (86). */
  verifiable_max: number;
  /** Of the points earned, those Canting verified or observes itself, and those the workshop only declared. */
  verified_points: number;
  self_declared_points: number;
  band: ReadinessBand;
  gates_failed: string[];
  areas: { area: ReadinessArea; points: number; max: number }[];
  items: ReadinessItem[];
};

/** What a rule's score function returns; `verified_points` only when part of the points is verified and part declared. */
export type RuleResult = Omit<ReadinessItem, "id" | "area" | "max" | "gate" | "state" | "verifiable" | "verified_points" | "self_declared_points"> & {
  verified_points?: number;
};

/** One rubric item: its id, area, maximum points, whether it gates the top band, and how it scores. */
export type ReadinessRule = {
  id: string;
  area: ReadinessArea;
  max: number;
  gate?: boolean;
  /**
   * How many of the points Canting can verify today: `max` when evidence for the whole item can be
   * uploaded, claimed or observed in the product; less when part of it can only be declared (no
   * document kind, badge or record exists for it yet). Declared points count half.
   */
  verifiable: number;
  score: (input: ReadinessInput, now: Date) => RuleResult;
};
