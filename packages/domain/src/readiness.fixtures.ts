// Readiness inputs shared by the rubric tests (excluded from the build).
import { assessReadiness, type ReadinessInput } from "./readiness";

export const NOW = new Date("2026-11-28T00:00:00Z");

/** A workshop with nothing filled in yet. */
export const blank = (): ReadinessInput => ({
  seller: {
    nib: null, npwp: null, kbli: [], techniques: [], capacity: [], wastewater_method: null,
    workforce_total: 0, workforce_bpjs: 0, apprentices_under_25: 0, approved_at: null,
  },
  documents: [], certificates: [], products: [], trainings: [], declarations: {}, orders: null,
});

/** A workshop with every item earned and verified. */
export const exemplary = (): ReadinessInput => ({
  seller: {
    nib: "1234567890123", npwp: "0123456789012345", kbli: ["13134"], techniques: ["batik_tulis", "batik_cap"],
    capacity: [
      { technique: "batik_tulis", units_per_month: 40, lead_time_days: 30 },
      { technique: "batik_cap", units_per_month: 300, lead_time_days: 7 },
    ],
    wastewater_method: "communal_ipal", workforce_total: 10, workforce_bpjs: 9, apprentices_under_25: 2,
    approved_at: "2025-01-01T00:00:00Z",
  },
  documents: ["nib", "npwp", "trademark", "bpjs", "ipal_letter"].map((kind) => ({ kind, review_state: "accepted" as const })),
  certificates: [
    { scheme: "batikmark", display_state: "verified" }, { scheme: "sni_sppt_batik", display_state: "verified" },
    { scheme: "sih_industri_hijau_batik", display_state: "expiring_soon" }, { scheme: "gots", display_state: "verified" },
    { scheme: "lsp_competency", display_state: "verified" },
  ],
  products: [
    { technique: "batik_tulis", has_english: true, has_spec: true, hs_code: "520852" },
    { technique: "batik_cap", has_english: true, has_spec: true, hs_code: "520852" },
  ],
  trainings: [
    { program: "ppei_export_coaching_program", level: "graduate", verification: "verified" },
    { program: "digital_marketing_training", level: "completed", verification: "verified" },
    { program: "exhibition", level: "participant", verification: "verified" },
  ],
  declarations: { cross_border_payment: true, knows_ska: true, sample_days: 10, moq_and_tiers: true, incoterm_quote: true, export_experience: "direct_repeat", trade_fair: true },
  orders: { completed: 25, on_time: 25, complaints: 0 },
});

export const item = (input: ReadinessInput, id: string) => assessReadiness(input, NOW).items.find((i) => i.id === id)!;
