import type { DocumentKind, OnboardingStepId } from "./onboarding.js";
import type { CertScheme, TrainingProgram } from "./trust.js";

/**
 * Where in the product a rubric next step is done. Every `next` key a rule can emit is listed in
 * READINESS_NEXT_STEPS, so no step promises something the product cannot do (no "upload a bank letter"
 * without such a document kind). `none`: nothing for the seller to do on Canting (waiting for the
 * operator, or an answer Canting cannot verify yet).
 */
export type NextStepPlace =
  | { page: "profile"; step: Extract<OnboardingStepId, "identity" | "production" | "people"> }
  | { page: "documents"; documents: readonly DocumentKind[] }
  | { page: "certifications"; schemes: readonly CertScheme[] }
  | { page: "products" }
  | { page: "orders" }
  | { page: "export_answers" }
  | { page: "badges"; programs: readonly TrainingProgram[] }
  | { page: "none" };

/** A step whose copy promises the item's full points; only items Canting can verify in full may emit one. */
export type NextStep = NextStepPlace & { full_points?: true };

const EXPORT_TRAININGS = ["ppei_export_coaching_program", "ppei_short_course", "dinas_pekalongan_export_training", "lpei_coaching_or_business_matching"] as const;

export const READINESS_NEXT_STEPS = {
  "next.A1_nib": { page: "profile", step: "identity" },
  "next.A1_kbli": { page: "profile", step: "identity" },
  "next.A2_npwp": { page: "profile", step: "identity" },
  "next.A2_npwp_old": { page: "profile", step: "identity" },
  // `params.document` names the kind; these are the ones the rules ask for.
  "next.upload_document": { page: "documents", documents: ["nib", "npwp", "bpjs"] },
  "next.A3_trademark": { page: "documents", documents: ["trademark"] },
  "next.await_review": { page: "none" },
  "next.not_verifiable": { page: "none" },
  "next.A4_payment": { page: "export_answers" },
  "next.A5_ska": { page: "export_answers" },
  "next.B1_list": { page: "products" },
  "next.B1_technique": { page: "products" },
  "next.B2_not_batik": { page: "none" },
  "next.B2_batikmark": { page: "certifications", schemes: ["batikmark"] },
  "next.B3_sni": { page: "certifications", schemes: ["sni_sppt_batik"] },
  "next.B4_spec": { page: "products" },
  "next.B5_hs": { page: "products" },
  "next.B6_samples": { page: "export_answers" },
  "next.B6_faster": { page: "export_answers" },
  "next.C1_capacity": { page: "profile", step: "production" },
  "next.C2_lead_time": { page: "profile", step: "production" },
  "next.C2_implausible": { page: "profile", step: "production" },
  "next.C3_moq": { page: "export_answers" },
  "next.C4_orders": { page: "orders" },
  "next.C4_quality": { page: "orders" },
  "next.D1_ipal_evidence": { page: "documents", documents: ["ipal_letter"] },
  "next.D1_treat": { page: "profile", step: "people" },
  "next.D2_sih": { page: "certifications", schemes: ["sih_industri_hijau_batik"] },
  "next.D3_ecolabel": { page: "certifications", schemes: ["ekolabel_tipe1", "ekolabel_tipe2_swadeklarasi", "oeko_tex_std100", "gots"] },
  "next.D4_enrol": { page: "profile", step: "people" },
  "next.D4_more": { page: "profile", step: "people", full_points: true },
  "next.D5_lsp": { page: "certifications", schemes: ["lsp_competency"] },
  "next.D5_successor": { page: "profile", step: "people" },
  "next.E1_training": { page: "badges", programs: EXPORT_TRAININGS },
  "next.E1_ecp": { page: "badges", programs: ["ppei_export_coaching_program"], full_points: true },
  "next.E2_english": { page: "products" },
  "next.E2_incoterm": { page: "export_answers" },
  "next.E3_experience": { page: "export_answers" },
  "next.E3_fair_badge": { page: "badges", programs: ["exhibition", "trade_mission"] },
  "next.E4_digital": { page: "badges", programs: ["digital_marketing_training"] },
} as const satisfies Record<string, NextStep>;

export type ReadinessNextKey = keyof typeof READINESS_NEXT_STEPS;

/** The seller-portal path (after `/{locale}`) where a step is done, or null when there is nothing to do on Canting. */
export function nextStepPath(key: string): string | null {
  const place = (READINESS_NEXT_STEPS as Record<string, NextStep>)[key];
  if (!place) return null;
  switch (place.page) {
    case "profile": return `/seller/onboarding/${place.step}`;
    case "documents": return "/seller/onboarding/documents";
    case "certifications": return "/seller/certifications";
    case "products": return "/seller/products";
    case "orders": return "/seller/orders";
    case "export_answers": return "/seller/readiness#export-answers";
    case "badges": return "/seller/readiness#claim-badge";
    case "none": return null;
  }
}
