import { NIB_PATTERN, NPWP_PATTERN, KBLI_BATIK } from "./business";
import type { CertDisplayState } from "./certification";
import { isImitation, type Technique } from "./techniques";
import type { CertScheme, TrainingProgram, WastewaterMethod } from "./trust";

/**
 * Export readiness, rubric v1: a score from 0 to 100 over five areas, built from the proposal in
 * shared/research/domain-batik.md §6.3 (not an official rubric; Canting publishes and versions it).
 *
 * Rules every item follows:
 * - evidence the operator verified (an accepted document, a verified certificate or badge) or that the
 *   platform observes itself (listings, orders, time on Canting) earns the full points;
 * - a self-declared answer earns at most half the points until it is verified;
 * - gate items (A1, A2, B1) must be fully earned, with verified evidence, for the top band.
 * Bands: not yet ready 0–39, ready with support 40–69, export-ready 70+ (and all gates).
 */
export const READINESS_RUBRIC_VERSION = "v1-2026" as const;

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
  declarations: {
    cross_border_payment?: boolean;
    knows_ska?: boolean;
    sample_days?: number | null;
    moq_and_tiers?: boolean;
    incoterm_quote?: boolean;
    export_experience?: ExportExperience | null;
    trade_fair?: boolean;
  };
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
  verified: boolean;
  state: ItemState;
  /** What earned the points (absent when none). */
  earned?: ReadinessMessage;
  /** The next step to earn (more of) them (absent when full). */
  next?: ReadinessMessage;
};

export type ReadinessAssessment = {
  version: typeof READINESS_RUBRIC_VERSION;
  score: number;
  band: ReadinessBand;
  gates_failed: string[];
  areas: { area: ReadinessArea; points: number; max: number }[];
  items: ReadinessItem[];
};

type Rule = {
  id: string;
  area: ReadinessArea;
  max: number;
  gate?: boolean;
  score: (input: ReadinessInput, now: Date) => Omit<ReadinessItem, "id" | "area" | "max" | "gate" | "state">;
};

const ACTIVE_CERT: readonly CertDisplayState[] = ["verified", "expiring_soon"];
const doc = (input: ReadinessInput, kind: string) => {
  const states = input.documents.filter((d) => d.kind === kind).map((d) => d.review_state);
  return states.includes("accepted") ? "accepted" : states.includes("pending") ? "pending" : null;
};
/** Best evidence for any of the schemes: a verified certificate, else one the seller declared, else none. */
const cert = (input: ReadinessInput, schemes: readonly string[]) => {
  const mine = input.certificates.filter((c) => schemes.includes(c.scheme));
  if (mine.some((c) => ACTIVE_CERT.includes(c.display_state))) return "verified";
  if (mine.some((c) => c.display_state === "seller_declared")) return "declared";
  return null;
};
const half = (max: number) => max / 2;
/** Full points when verified, at most half while self-declared. */
const claim = (max: number, verified: boolean) => (verified ? max : half(max));
const share = (n: number, total: number) => (total === 0 ? 0 : n / total);
const round1 = (n: number) => Math.round(n * 10) / 10;

export const READINESS_RULES: readonly Rule[] = [
  // A. Legal identity (20)
  {
    id: "A1", area: "legal", max: 6, gate: true,
    score: ({ seller, ...input }) => {
      const hasNib = !!seller.nib && NIB_PATTERN.test(seller.nib);
      const hasKbli = seller.kbli.some((k) => k === KBLI_BATIK || k.startsWith("14"));
      if (!hasNib) return { points: 0, verified: false, next: { key: "next.A1_nib" } };
      if (!hasKbli) return { points: 0, verified: false, next: { key: "next.A1_kbli", params: { kbli: KBLI_BATIK } } };
      const verified = doc(input as ReadinessInput, "nib") === "accepted";
      return { points: claim(6, verified), verified, earned: { key: "earned.A1" }, ...(verified ? {} : { next: { key: "next.upload_document", params: { document: "nib" } } }) };
    },
  },
  {
    id: "A2", area: "legal", max: 4, gate: true,
    score: (input) => {
      if (!input.seller.npwp || !NPWP_PATTERN.test(input.seller.npwp)) return { points: 0, verified: false, next: { key: "next.A2_npwp" } };
      const verified = doc(input, "npwp") === "accepted";
      return { points: claim(4, verified), verified, earned: { key: "earned.A2" }, ...(verified ? {} : { next: { key: "next.upload_document", params: { document: "npwp" } } }) };
    },
  },
  {
    id: "A3", area: "legal", max: 4,
    score: (input) => {
      const state = doc(input, "trademark");
      if (!state) return { points: 0, verified: false, next: { key: "next.A3_trademark" } };
      const verified = state === "accepted";
      return { points: claim(4, verified), verified, earned: { key: "earned.A3" }, ...(verified ? {} : { next: { key: "next.await_review" } }) };
    },
  },
  {
    id: "A4", area: "legal", max: 3,
    score: ({ declarations }) => declarations.cross_border_payment
      ? { points: half(3), verified: false, earned: { key: "earned.declared" }, next: { key: "next.A4_bank_letter" } }
      : { points: 0, verified: false, next: { key: "next.A4_payment" } },
  },
  {
    id: "A5", area: "legal", max: 3,
    score: ({ declarations }) => declarations.knows_ska
      ? { points: half(3), verified: false, earned: { key: "earned.declared" }, next: { key: "next.verify_declaration" } }
      : { points: 0, verified: false, next: { key: "next.A5_ska" } },
  },
  // B. Product and quality (25)
  {
    id: "B1", area: "product", max: 4, gate: true,
    score: ({ products, seller }) => {
      if (products.length === 0) return { points: 0, verified: false, next: { key: "next.B1_list" } };
      const missing = products.filter((p) => !p.technique).length;
      if (missing > 0) return { points: 0, verified: false, next: { key: "next.B1_technique", params: { count: missing } } };
      // Every listing states its technique; the operator's approval of the shop is the check of that claim.
      const verified = seller.approved_at !== null;
      return { points: claim(4, verified), verified, earned: { key: "earned.B1", params: { count: products.length } } };
    },
  },
  {
    id: "B2", area: "product", max: 6,
    score: (input) => {
      if (input.products.length > 0 && input.products.every((p) => p.technique && isImitation(p.technique as Technique))) {
        return { points: 0, verified: false, next: { key: "next.B2_not_batik" } };
      }
      const state = cert(input, ["batikmark"]);
      if (!state) return { points: 0, verified: false, next: { key: "next.B2_batikmark" } };
      return { points: claim(6, state === "verified"), verified: state === "verified", earned: { key: "earned.certificate", params: { scheme: "batikmark" } }, ...(state === "verified" ? {} : { next: { key: "next.await_review" } }) };
    },
  },
  {
    id: "B3", area: "product", max: 5,
    score: (input) => {
      const state = cert(input, ["sni_sppt_batik"]);
      if (!state) return { points: 0, verified: false, next: { key: "next.B3_sni" } };
      return { points: claim(5, state === "verified"), verified: state === "verified", earned: { key: "earned.certificate", params: { scheme: "sni_sppt_batik" } }, ...(state === "verified" ? {} : { next: { key: "next.await_review" } }) };
    },
  },
  {
    id: "B4", area: "product", max: 4,
    score: ({ products }) => {
      const done = products.filter((p) => p.has_english && p.has_spec).length;
      const points = round1(4 * share(done, products.length));
      const missing = products.length - done;
      return {
        points, verified: true,
        ...(done > 0 ? { earned: { key: "earned.B4", params: { count: done, total: products.length } } } : {}),
        ...(products.length === 0 ? { next: { key: "next.B1_list" } } : missing > 0 ? { next: { key: "next.B4_spec", params: { count: missing } } } : {}),
      };
    },
  },
  {
    id: "B5", area: "product", max: 3,
    score: ({ products }) => {
      const done = products.filter((p) => p.hs_code && /^\d{6}$/.test(p.hs_code)).length;
      const missing = products.length - done;
      return {
        points: round1(3 * share(done, products.length)), verified: true,
        ...(done > 0 ? { earned: { key: "earned.B5", params: { count: done, total: products.length } } } : {}),
        ...(products.length === 0 ? { next: { key: "next.B1_list" } } : missing > 0 ? { next: { key: "next.B5_hs", params: { count: missing } } } : {}),
      };
    },
  },
  {
    id: "B6", area: "product", max: 3,
    score: ({ declarations }) => {
      const days = declarations.sample_days;
      if (days == null) return { points: 0, verified: false, next: { key: "next.B6_samples" } };
      if (days > 14) return { points: 0, verified: false, next: { key: "next.B6_faster", params: { days } } };
      return { points: half(3), verified: false, earned: { key: "earned.declared" }, next: { key: "next.verify_declaration" } };
    },
  },
  // C. Capacity and reliability (20)
  {
    id: "C1", area: "capacity", max: 5,
    score: ({ seller }) => {
      const missing = seller.techniques.filter((t) => !seller.capacity.some((c) => c.technique === t && c.units_per_month > 0));
      if (seller.techniques.length === 0 || missing.length > 0) return { points: 0, verified: false, next: { key: "next.C1_capacity", params: { count: Math.max(missing.length, 1) } } };
      return { points: half(5), verified: false, earned: { key: "earned.declared" }, next: { key: "next.C_record" } };
    },
  },
  {
    id: "C2", area: "capacity", max: 5,
    score: ({ seller }) => {
      const declared = seller.techniques.map((t) => seller.capacity.find((c) => c.technique === t));
      if (seller.techniques.length === 0 || declared.some((c) => !c)) return { points: 0, verified: false, next: { key: "next.C2_lead_time" } };
      const implausible = declared.filter((c) => c!.lead_time_days < (MIN_LEAD_TIME_DAYS[c!.technique as Technique] ?? 1));
      if (implausible.length > 0) return { points: 0, verified: false, next: { key: "next.C2_implausible", params: { technique: implausible[0]!.technique, days: MIN_LEAD_TIME_DAYS[implausible[0]!.technique as Technique] ?? 1 } } };
      return { points: half(5), verified: false, earned: { key: "earned.declared" }, next: { key: "next.C_record" } };
    },
  },
  {
    id: "C3", area: "capacity", max: 4,
    score: ({ declarations }) => declarations.moq_and_tiers
      ? { points: half(4), verified: false, earned: { key: "earned.declared" }, next: { key: "next.verify_declaration" } }
      : { points: 0, verified: false, next: { key: "next.C3_moq" } },
  },
  {
    id: "C4", area: "capacity", max: 6,
    score: ({ orders }) => {
      const needed = 20;
      if (!orders || orders.completed === 0) return { points: 0, verified: true, next: { key: "next.C4_orders", params: { count: needed } } };
      const onTime = share(orders.on_time, orders.completed);
      const complaints = share(orders.complaints, orders.completed);
      if (onTime < 0.95 || complaints > 0.02) return { points: 0, verified: true, next: { key: "next.C4_quality" } };
      const points = round1(6 * Math.min(orders.completed, needed) / needed);
      return { points, verified: true, earned: { key: "earned.C4", params: { count: orders.completed } }, ...(orders.completed < needed ? { next: { key: "next.C4_orders", params: { count: needed - orders.completed } } } : {}) };
    },
  },
  // D. Environment and workers (20)
  {
    id: "D1", area: "environment", max: 6,
    score: (input) => {
      const method = input.seller.wastewater_method;
      const evidence = doc(input, "ipal_letter") === "accepted" || cert(input, ["ipal_effluent_test"]) === "verified";
      if (method === "communal_ipal" || method === "own_ipal") {
        return evidence
          ? { points: 6, verified: true, earned: { key: "earned.D1_ipal" } }
          : { points: 3, verified: false, earned: { key: "earned.declared" }, next: { key: "next.D1_ipal_evidence" } };
      }
      if (method === "natural_dye_only") {
        return evidence
          ? { points: 3, verified: true, earned: { key: "earned.D1_natural" }, next: { key: "next.D1_treat" } }
          : { points: 1.5, verified: false, earned: { key: "earned.declared" }, next: { key: "next.D1_ipal_evidence" } };
      }
      return { points: 0, verified: false, next: { key: "next.D1_treat" } };
    },
  },
  {
    id: "D2", area: "environment", max: 4,
    score: (input) => {
      const state = cert(input, ["sih_industri_hijau_batik"]);
      if (!state) return { points: 0, verified: false, next: { key: "next.D2_sih" } };
      return { points: claim(4, state === "verified"), verified: state === "verified", earned: { key: "earned.certificate", params: { scheme: "sih_industri_hijau_batik" } }, ...(state === "verified" ? {} : { next: { key: "next.await_review" } }) };
    },
  },
  {
    id: "D3", area: "environment", max: 3,
    score: (input) => {
      const state = cert(input, ["ekolabel_tipe1", "ekolabel_tipe2_swadeklarasi", "oeko_tex_std100", "gots"]);
      if (!state) return { points: 0, verified: false, next: { key: "next.D3_ecolabel" } };
      return { points: claim(3, state === "verified"), verified: state === "verified", earned: { key: "earned.D3" }, ...(state === "verified" ? {} : { next: { key: "next.await_review" } }) };
    },
  },
  {
    id: "D4", area: "environment", max: 5,
    score: (input) => {
      const { workforce_total: total, workforce_bpjs: enrolled } = input.seller;
      const ratio = share(enrolled, total);
      const tier = ratio >= 0.8 ? 5 : ratio >= 0.5 ? 3 : ratio > 0 ? 1 : 0;
      if (tier === 0) return { points: 0, verified: false, next: { key: "next.D4_enrol" } };
      const verified = doc(input, "bpjs") === "accepted";
      const percent = Math.round(ratio * 100);
      const next = !verified ? { key: "next.upload_document", params: { document: "bpjs" } } : tier < 5 ? { key: "next.D4_more", params: { percent: 80 } } : undefined;
      return { points: claim(tier, verified), verified, earned: { key: "earned.D4", params: { percent } }, ...(next ? { next } : {}) };
    },
  },
  {
    id: "D5", area: "environment", max: 2,
    score: (input) => {
      if (cert(input, ["lsp_competency"]) === "verified") return { points: 2, verified: true, earned: { key: "earned.D5_lsp" } };
      if (input.seller.apprentices_under_25 > 0) return { points: 1, verified: false, earned: { key: "earned.D5_apprentices", params: { count: input.seller.apprentices_under_25 } }, next: { key: "next.D5_lsp" } };
      return { points: 0, verified: false, next: { key: "next.D5_successor" } };
    },
  },
  // E. Market and training (15)
  {
    id: "E1", area: "market", max: 5,
    score: ({ trainings }) => {
      const live = trainings.filter((t) => t.verification !== "rejected");
      const value = (t: (typeof live)[number]) =>
        t.program === "ppei_export_coaching_program" && (t.level === "graduate" || t.level === "first_export_achieved") ? 5
          : ["ppei_export_coaching_program", "ppei_short_course", "dinas_pekalongan_export_training", "lpei_coaching_or_business_matching"].includes(t.program) && t.level !== "participant" ? 3
            : 0;
      const best = live.map((t) => ({ t, full: value(t), points: t.verification === "verified" ? value(t) : half(value(t)) })).sort((a, b) => b.points - a.points)[0];
      if (!best || best.full === 0) return { points: 0, verified: false, next: { key: "next.E1_training" } };
      const verified = best.t.verification === "verified";
      const next = !verified ? { key: "next.await_review" } : best.full < 5 ? { key: "next.E1_ecp" } : undefined;
      return { points: best.points, verified, earned: { key: "earned.E1", params: { program: best.t.program } }, ...(next ? { next } : {}) };
    },
  },
  {
    id: "E2", area: "market", max: 4,
    score: ({ products, declarations }) => {
      const english = round1(2 * share(products.filter((p) => p.has_english).length, products.length));
      const quote = declarations.incoterm_quote ? 1 : 0; // half of 2 until verified
      const points = english + quote;
      const next = english < 2 ? { key: "next.E2_english", params: { count: products.filter((p) => !p.has_english).length } } : !declarations.incoterm_quote ? { key: "next.E2_incoterm" } : { key: "next.verify_declaration" };
      return { points, verified: false, ...(points > 0 ? { earned: { key: "earned.E2" } } : {}), next };
    },
  },
  {
    id: "E3", area: "market", max: 4,
    score: ({ declarations, trainings }) => {
      const base = { none: 0, indirect: 2, direct_sample: 3, direct_repeat: 4 }[declarations.export_experience ?? "none"];
      const verifiedFair = trainings.some((t) => (t.program === "exhibition" || t.program === "trade_mission") && t.verification === "verified");
      const declaredFair = !!declarations.trade_fair;
      // Declared experience earns half; a verified exhibition badge is evidence and earns its full point.
      const points = Math.min(4, half(base) + (verifiedFair ? 1 : declaredFair ? 0.5 : 0));
      if (points === 0) return { points: 0, verified: false, next: { key: "next.E3_experience" } };
      return { points, verified: false, earned: { key: "earned.declared" }, next: { key: "next.verify_declaration" } };
    },
  },
  {
    id: "E4", area: "market", max: 2,
    score: ({ trainings, seller }, now) => {
      if (trainings.some((t) => t.program === "digital_marketing_training" && t.verification === "verified" && t.level !== "participant")) {
        return { points: 2, verified: true, earned: { key: "earned.E4_training" } };
      }
      const since = seller.approved_at ? new Date(seller.approved_at) : null;
      const months = since ? (now.getTime() - since.getTime()) / (30.44 * 24 * 3600 * 1000) : 0;
      if (months >= 6) return { points: 2, verified: true, earned: { key: "earned.E4_store" } };
      if (trainings.some((t) => t.program === "digital_marketing_training" && t.verification === "pending")) return { points: 1, verified: false, earned: { key: "earned.declared" }, next: { key: "next.await_review" } };
      return { points: 0, verified: false, next: { key: "next.E4_digital", params: { months: Math.max(1, Math.round(6 - months)) } } };
    },
  },
];

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
