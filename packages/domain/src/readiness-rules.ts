import { KBLI_BATIK, NIB_PATTERN, normalizeIdNumber, npwpError } from "./business.js";
import type { CertDisplayState } from "./certification.js";
import { isImitation, type Technique } from "./techniques.js";
import { MIN_LEAD_TIME_DAYS, type ReadinessInput, type ReadinessRule } from "./readiness-model.js";

/** The rubric's 24 items, area by area (domain-batik.md §6.3); `readiness.ts` sums them. */
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
export const round1 = (n: number) => Math.round(n * 10) / 10;

export const READINESS_RULES: readonly ReadinessRule[] = [
  // A. Legal identity (20)
  {
    id: "A1", area: "legal", max: 6, gate: true, verifiable: 6,
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
    id: "A2", area: "legal", max: 4, gate: true, verifiable: 4,
    score: (input) => {
      // Only the 16-digit NPWP or the NIK counts; a 15-digit NPWP is no longer valid since 1 July 2024 (PMK 136/2023).
      const error = input.seller.npwp ? npwpError(normalizeIdNumber(input.seller.npwp)) : "npwp_format";
      if (error) return { points: 0, verified: false, next: { key: error === "npwp_old_format" ? "next.A2_npwp_old" : "next.A2_npwp" } };
      const verified = doc(input, "npwp") === "accepted";
      return { points: claim(4, verified), verified, earned: { key: "earned.A2" }, ...(verified ? {} : { next: { key: "next.upload_document", params: { document: "npwp" } } }) };
    },
  },
  {
    id: "A3", area: "legal", max: 4, verifiable: 4,
    score: (input) => {
      const state = doc(input, "trademark");
      if (!state) return { points: 0, verified: false, next: { key: "next.A3_trademark" } };
      const verified = state === "accepted";
      return { points: claim(4, verified), verified, earned: { key: "earned.A3" }, ...(verified ? {} : { next: { key: "next.await_review" } }) };
    },
  },
  {
    id: "A4", area: "legal", max: 3, verifiable: 0,
    score: ({ declarations }) => declarations.cross_border_payment
      ? { points: half(3), verified: false, earned: { key: "earned.declared" }, next: { key: "next.not_verifiable" } }
      : { points: 0, verified: false, next: { key: "next.A4_payment" } },
  },
  {
    id: "A5", area: "legal", max: 3, verifiable: 0,
    score: ({ declarations }) => declarations.knows_ska
      ? { points: half(3), verified: false, earned: { key: "earned.declared" }, next: { key: "next.not_verifiable" } }
      : { points: 0, verified: false, next: { key: "next.A5_ska" } },
  },
  // B. Product and quality (25)
  {
    id: "B1", area: "product", max: 4, gate: true, verifiable: 4,
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
    id: "B2", area: "product", max: 6, verifiable: 6,
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
    id: "B3", area: "product", max: 5, verifiable: 5,
    score: (input) => {
      const state = cert(input, ["sni_sppt_batik"]);
      if (!state) return { points: 0, verified: false, next: { key: "next.B3_sni" } };
      return { points: claim(5, state === "verified"), verified: state === "verified", earned: { key: "earned.certificate", params: { scheme: "sni_sppt_batik" } }, ...(state === "verified" ? {} : { next: { key: "next.await_review" } }) };
    },
  },
  {
    id: "B4", area: "product", max: 4, verifiable: 4,
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
    id: "B5", area: "product", max: 3, verifiable: 3,
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
    id: "B6", area: "product", max: 3, verifiable: 0,
    score: ({ declarations }) => {
      const days = declarations.sample_days;
      if (days == null) return { points: 0, verified: false, next: { key: "next.B6_samples" } };
      if (days > 14) return { points: 0, verified: false, next: { key: "next.B6_faster", params: { days } } };
      return { points: half(3), verified: false, earned: { key: "earned.declared" }, next: { key: "next.not_verifiable" } };
    },
  },
  // C. Capacity and reliability (20)
  {
    id: "C1", area: "capacity", max: 5, verifiable: 0,
    score: ({ seller }) => {
      const missing = seller.techniques.filter((t) => !seller.capacity.some((c) => c.technique === t && c.units_per_month > 0));
      if (seller.techniques.length === 0 || missing.length > 0) return { points: 0, verified: false, next: { key: "next.C1_capacity", params: { count: Math.max(missing.length, 1) } } };
      return { points: half(5), verified: false, earned: { key: "earned.declared" }, next: { key: "next.not_verifiable" } };
    },
  },
  {
    id: "C2", area: "capacity", max: 5, verifiable: 0,
    score: ({ seller }) => {
      const declared = seller.techniques.map((t) => seller.capacity.find((c) => c.technique === t));
      if (seller.techniques.length === 0 || declared.some((c) => !c)) return { points: 0, verified: false, next: { key: "next.C2_lead_time" } };
      const implausible = declared.filter((c) => c!.lead_time_days < (MIN_LEAD_TIME_DAYS[c!.technique as Technique] ?? 1));
      if (implausible.length > 0) return { points: 0, verified: false, next: { key: "next.C2_implausible", params: { technique: implausible[0]!.technique, days: MIN_LEAD_TIME_DAYS[implausible[0]!.technique as Technique] ?? 1 } } };
      return { points: half(5), verified: false, earned: { key: "earned.declared" }, next: { key: "next.not_verifiable" } };
    },
  },
  {
    id: "C3", area: "capacity", max: 4, verifiable: 0,
    score: ({ declarations }) => declarations.moq_and_tiers
      ? { points: half(4), verified: false, earned: { key: "earned.declared" }, next: { key: "next.not_verifiable" } }
      : { points: 0, verified: false, next: { key: "next.C3_moq" } },
  },
  {
    id: "C4", area: "capacity", max: 6, verifiable: 6,
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
    id: "D1", area: "environment", max: 6, verifiable: 6,
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
    id: "D2", area: "environment", max: 4, verifiable: 4,
    score: (input) => {
      const state = cert(input, ["sih_industri_hijau_batik"]);
      if (!state) return { points: 0, verified: false, next: { key: "next.D2_sih" } };
      return { points: claim(4, state === "verified"), verified: state === "verified", earned: { key: "earned.certificate", params: { scheme: "sih_industri_hijau_batik" } }, ...(state === "verified" ? {} : { next: { key: "next.await_review" } }) };
    },
  },
  {
    id: "D3", area: "environment", max: 3, verifiable: 3,
    score: (input) => {
      const state = cert(input, ["ekolabel_tipe1", "ekolabel_tipe2_swadeklarasi", "oeko_tex_std100", "gots"]);
      if (!state) return { points: 0, verified: false, next: { key: "next.D3_ecolabel" } };
      return { points: claim(3, state === "verified"), verified: state === "verified", earned: { key: "earned.D3" }, ...(state === "verified" ? {} : { next: { key: "next.await_review" } }) };
    },
  },
  {
    id: "D4", area: "environment", max: 5, verifiable: 5,
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
    id: "D5", area: "environment", max: 2, verifiable: 2,
    score: (input) => {
      if (cert(input, ["lsp_competency"]) === "verified") return { points: 2, verified: true, earned: { key: "earned.D5_lsp" } };
      if (input.seller.apprentices_under_25 > 0) return { points: 1, verified: false, earned: { key: "earned.D5_apprentices", params: { count: input.seller.apprentices_under_25 } }, next: { key: "next.D5_lsp" } };
      return { points: 0, verified: false, next: { key: "next.D5_successor" } };
    },
  },
  // E. Market and training (15)
  {
    id: "E1", area: "market", max: 5, verifiable: 5,
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
    id: "E2", area: "market", max: 4, verifiable: 2,
    score: ({ products, declarations }) => {
      // English listings are observed on the platform (2); the Incoterm quote can only be declared (half of 2).
      const english = round1(2 * share(products.filter((p) => p.has_english).length, products.length));
      const quote = declarations.incoterm_quote ? half(2) : 0;
      const points = english + quote;
      const next = products.length === 0 ? { key: "next.B1_list" }
        : english < 2 ? { key: "next.E2_english", params: { count: products.filter((p) => !p.has_english).length } }
        : !declarations.incoterm_quote ? { key: "next.E2_incoterm" } : { key: "next.not_verifiable" };
      return { points, verified: points > 0 && quote === 0, verified_points: english, ...(points > 0 ? { earned: { key: "earned.E2" } } : {}), next };
    },
  },
  {
    id: "E3", area: "market", max: 4, verifiable: 1,
    score: ({ declarations, trainings }) => {
      const base = { none: 0, indirect: 2, direct_sample: 3, direct_repeat: 4 }[declarations.export_experience ?? "none"];
      const fairs = trainings.filter((t) => t.program === "exhibition" || t.program === "trade_mission");
      const verifiedFair = fairs.some((t) => t.verification === "verified");
      const pendingFair = fairs.some((t) => t.verification === "pending");
      const earned = Math.min(4, base + (verifiedFair || declarations.trade_fair ? 1 : 0));
      // A verified exhibition or trade-mission badge is evidence for its point; declared experience earns half of the rest.
      const verified_points = verifiedFair ? 1 : 0;
      const points = verified_points + half(earned - verified_points);
      if (points === 0) return { points: 0, verified: false, next: pendingFair ? { key: "next.await_review" } : { key: "next.E3_experience" } };
      const next = base === 0 ? { key: "next.E3_experience" } : verifiedFair ? { key: "next.not_verifiable" } : pendingFair ? { key: "next.await_review" } : { key: "next.E3_fair_badge" };
      return { points, verified: earned === verified_points, verified_points, earned: { key: verifiedFair ? "earned.E3_fair" : "earned.declared" }, next };
    },
  },
  {
    id: "E4", area: "market", max: 2, verifiable: 2,
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
