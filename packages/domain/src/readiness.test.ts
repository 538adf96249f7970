import { describe, expect, it } from "vitest";
import {
  AREA_MAX, READINESS_MAX, READINESS_NEXT_STEPS, READINESS_RULES, READINESS_VERIFIABLE_MAX, RUBRIC_SOURCES,
  assessReadiness, bandFor, reachableMax, type NextStep, type ReadinessInput,
} from "./readiness";
import { DOCUMENT_KINDS } from "./onboarding";

const NOW = new Date("2026-11-28T00:00:00Z");

/** A workshop with nothing filled in yet. */
const blank = (): ReadinessInput => ({
  seller: {
    nib: null, npwp: null, kbli: [], techniques: [], capacity: [], wastewater_method: null,
    workforce_total: 0, workforce_bpjs: 0, apprentices_under_25: 0, approved_at: null,
  },
  documents: [], certificates: [], products: [], trainings: [], declarations: {}, orders: null,
});

/** A workshop with every item earned and verified. */
const exemplary = (): ReadinessInput => ({
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

const item = (input: ReadinessInput, id: string) => assessReadiness(input, NOW).items.find((i) => i.id === id)!;

describe("rubric shape", () => {
  it("has 100 points over five areas with the published weights", () => {
    expect(AREA_MAX).toEqual({ legal: 20, product: 25, capacity: 20, environment: 20, market: 15 });
    expect(READINESS_RULES.filter((r) => (r as { gate?: boolean }).gate).map((r) => r.id)).toEqual(["A1", "A2", "B1"]);
  });

  it("scores nothing and says what to do first for a new workshop", () => {
    const a = assessReadiness(blank(), NOW);
    expect(a.score).toBe(0);
    expect(a.band).toBe("not_ready");
    expect(a.gates_failed).toEqual(["A1", "A2", "B1"]);
    expect(a.items.every((i) => i.next)).toBe(true);
  });
});

describe("bands and gates", () => {
  it("bands at 40 and 70", () => {
    expect(bandFor(39, [])).toBe("not_ready");
    expect(bandFor(40, [])).toBe("ready_with_support");
    expect(bandFor(69, [])).toBe("ready_with_support");
    expect(bandFor(70, [])).toBe("export_ready");
  });

  it("holds a high score below the top band while any gate fails", () => {
    expect(bandFor(95, ["A1"])).toBe("ready_with_support");
    const input = exemplary();
    input.documents = input.documents.filter((d) => d.kind !== "nib"); // NIB declared but not verified
    const a = assessReadiness(input, NOW);
    expect(a.score).toBeGreaterThanOrEqual(70);
    expect(a.gates_failed).toEqual(["A1"]);
    expect(a.band).toBe("ready_with_support");
  });

  it("gives the exemplary workshop the top band with every gate passed", () => {
    const a = assessReadiness(exemplary(), NOW);
    expect(a.gates_failed).toEqual([]);
    expect(a.band).toBe("export_ready");
    // Declarations Canting cannot verify yet (A4, A5, B6, C1–C3, the Incoterm half of E2, E3's experience) stay at half.
    const declaredOnly = ["A4", "A5", "B6", "C1", "C2", "C3"];
    for (const id of declaredOnly) expect(item(exemplary(), id).points).toBe(READINESS_RULES.find((r) => r.id === id)!.max / 2);
    // 100 − declared halves (1.5 + 1.5 + 1.5 + 2.5 + 2.5 + 2) − E2's Incoterm half (1) − E3's declared 3 at half (1.5) = 86
    expect(a.score).toBe(86);
    expect(a.score).toBe(a.verifiable_max);
  });
});

describe("the half-points rule for self-declared answers", () => {
  it("A1: a NIB without an accepted NIB document earns half; accepted earns full", () => {
    const input = exemplary();
    input.documents = [{ kind: "nib", review_state: "pending" }];
    expect(item(input, "A1")).toMatchObject({ points: 3, verified: false, state: "partial", next: { key: "next.upload_document", params: { document: "nib" } } });
    expect(item(exemplary(), "A1")).toMatchObject({ points: 6, verified: true, state: "full" });
  });

  it("A1 needs a batik or garment KBLI", () => {
    const input = exemplary();
    input.seller.kbli = ["47711"];
    expect(item(input, "A1")).toMatchObject({ points: 0, next: { key: "next.A1_kbli" } });
    input.seller.kbli = ["14111"];
    expect(item(input, "A1").points).toBe(6);
  });

  it("A2: a malformed NPWP earns nothing; an unreviewed one half", () => {
    const input = exemplary();
    input.seller.npwp = "123";
    expect(item(input, "A2")).toMatchObject({ points: 0, next: { key: "next.A2_npwp" } });
    input.seller.npwp = "3326012345678901";
    input.documents = [];
    expect(item(input, "A2").points).toBe(2);
  });

  it("A2: an old 15-digit NPWP earns nothing (invalid since 1 July 2024, PMK 136/2023) and says so", () => {
    const input = exemplary();
    input.seller.npwp = "012345678901234";
    expect(item(input, "A2")).toMatchObject({ points: 0, next: { key: "next.A2_npwp_old" } });
    expect(assessReadiness(input, NOW).gates_failed).toEqual(["A2"]);
    input.seller.npwp = "01.234.567.8-901.234"; // the same old number typed with separators
    expect(item(input, "A2").points).toBe(0);
  });

  it("A3: a trademark filing under review earns half", () => {
    const input = blank();
    input.documents = [{ kind: "trademark", review_state: "pending" }];
    expect(item(input, "A3").points).toBe(2);
    input.documents = [{ kind: "trademark", review_state: "rejected" }];
    expect(item(input, "A3").points).toBe(0);
  });

  it("B2/B3/D2/D3: declared certificates earn half, verified full, expired nothing", () => {
    const input = blank();
    input.certificates = [{ scheme: "batikmark", display_state: "seller_declared" }, { scheme: "sni_sppt_batik", display_state: "expired" }];
    expect(item(input, "B2").points).toBe(3);
    expect(item(input, "B3").points).toBe(0);
    input.certificates = [{ scheme: "sih_industri_hijau_batik", display_state: "seller_declared" }, { scheme: "oeko_tex_std100", display_state: "revoked" }];
    expect(item(input, "D2").points).toBe(2);
    expect(item(input, "D3").points).toBe(0);
  });

  it("B2: a seller of prints only cannot earn a Batikmark item", () => {
    const input = exemplary();
    input.products = [{ technique: "tiruan_batik_printing", has_english: true, has_spec: true, hs_code: "520852" }];
    expect(item(input, "B2")).toMatchObject({ points: 0, next: { key: "next.B2_not_batik" } });
  });

  it("D1: IPAL with an accepted letter 6, declared 3; natural-dye only 3 with evidence, 1.5 without; none 0", () => {
    const input = exemplary();
    expect(item(input, "D1").points).toBe(6);
    input.documents = [];
    expect(item(input, "D1").points).toBe(3);
    input.seller.wastewater_method = "natural_dye_only";
    expect(item(input, "D1").points).toBe(1.5);
    input.certificates = [{ scheme: "ipal_effluent_test", display_state: "verified" }];
    expect(item(input, "D1").points).toBe(3);
    input.seller.wastewater_method = "none";
    expect(item(input, "D1").points).toBe(0);
  });

  it("D4: BPJS tiers 5/3/1 by share enrolled, halved without the enrolment proof", () => {
    const input = exemplary();
    expect(item(input, "D4").points).toBe(5);
    input.seller.workforce_bpjs = 6;
    expect(item(input, "D4").points).toBe(3);
    input.seller.workforce_bpjs = 1;
    expect(item(input, "D4").points).toBe(1);
    input.seller.workforce_bpjs = 9;
    input.documents = [];
    expect(item(input, "D4")).toMatchObject({ points: 2.5, verified: false });
    input.seller.workforce_bpjs = 0;
    expect(item(input, "D4").points).toBe(0);
  });

  it("D5: apprentices are declared (1), an LSP-certified artisan verified (2)", () => {
    const input = blank();
    input.seller.apprentices_under_25 = 1;
    expect(item(input, "D5").points).toBe(1);
    input.certificates = [{ scheme: "lsp_competency", display_state: "verified" }];
    expect(item(input, "D5").points).toBe(2);
  });

  it("E1: a verified ECP graduate 5, other export training 3, a pending claim half, a participant nothing", () => {
    const input = blank();
    input.trainings = [{ program: "ppei_export_coaching_program", level: "graduate", verification: "pending" }];
    expect(item(input, "E1").points).toBe(2.5);
    input.trainings = [{ program: "dinas_pekalongan_export_training", level: "completed", verification: "verified" }];
    expect(item(input, "E1")).toMatchObject({ points: 3, next: { key: "next.E1_ecp" } });
    input.trainings = [{ program: "ppei_short_course", level: "participant", verification: "verified" }];
    expect(item(input, "E1").points).toBe(0);
    input.trainings = [{ program: "ppei_export_coaching_program", level: "graduate", verification: "rejected" }];
    expect(item(input, "E1").points).toBe(0);
  });

  it("E3: declared experience earns half; a verified exhibition badge earns its full point", () => {
    const input = blank();
    input.declarations = { export_experience: "direct_sample" };
    expect(item(input, "E3")).toMatchObject({ points: 1.5, verified_points: 0, next: { key: "next.E3_fair_badge" } });
    input.trainings = [{ program: "exhibition", level: "participant", verification: "verified" }];
    expect(item(input, "E3")).toMatchObject({ points: 2.5, verified_points: 1, self_declared_points: 1.5, next: { key: "next.not_verifiable" } });
  });

  it("E3: answers alone never earn more than half, even with the trade-fair point", () => {
    const input = blank();
    input.declarations = { export_experience: "direct_repeat", trade_fair: true };
    expect(item(input, "E3")).toMatchObject({ points: 2, verified: false, verified_points: 0 });
  });
});

describe("items the platform observes itself (full points, no verification needed)", () => {
  it("B1 (gate): every listing states its technique; verified once the operator approved the shop", () => {
    const input = exemplary();
    input.products.push({ technique: null, has_english: false, has_spec: false, hs_code: null });
    expect(item(input, "B1")).toMatchObject({ points: 0, next: { key: "next.B1_technique", params: { count: 1 } } });
    const unapproved = exemplary();
    unapproved.seller.approved_at = null;
    expect(item(unapproved, "B1")).toMatchObject({ points: 2, verified: false });
    expect(assessReadiness(unapproved, NOW).gates_failed).toContain("B1");
  });

  it("B4/B5: pro-rated per listing, and says how many listings to fix", () => {
    const input = exemplary();
    input.products.push({ technique: "batik_cap", has_english: false, has_spec: false, hs_code: null }, { technique: "batik_cap", has_english: true, has_spec: true, hs_code: "12" });
    expect(item(input, "B4")).toMatchObject({ points: 3, next: { key: "next.B4_spec", params: { count: 1 } } });
    expect(item(input, "B5")).toMatchObject({ points: 1.5, next: { key: "next.B5_hs", params: { count: 2 } } });
  });

  it("C1/C2: capacity and lead time must cover every technique made; a two-day tulis is not believable", () => {
    const input = exemplary();
    input.seller.capacity = input.seller.capacity.filter((c) => c.technique !== "batik_cap");
    expect(item(input, "C1").points).toBe(0);
    expect(item(input, "C2").points).toBe(0);
    const fast = exemplary();
    fast.seller.capacity[0].lead_time_days = 2;
    expect(item(fast, "C2")).toMatchObject({ points: 0, next: { key: "next.C2_implausible", params: { technique: "batik_tulis", days: 14 } } });
  });

  it("C4: pro-rated to 20 on-time orders; late or complained-about records earn nothing", () => {
    const input = blank();
    input.orders = { completed: 10, on_time: 10, complaints: 0 };
    expect(item(input, "C4")).toMatchObject({ points: 3, next: { key: "next.C4_orders", params: { count: 10 } } });
    input.orders = { completed: 20, on_time: 18, complaints: 0 };
    expect(item(input, "C4").points).toBe(0);
    input.orders = { completed: 50, on_time: 50, complaints: 2 };
    expect(item(input, "C4").points).toBe(0);
  });

  it("E2: English listings observed (2) + an Incoterm quote declared (half of 2)", () => {
    const input = blank();
    input.products = [{ technique: "batik_cap", has_english: true, has_spec: false, hs_code: null }, { technique: "batik_cap", has_english: false, has_spec: false, hs_code: null }];
    expect(item(input, "E2")).toMatchObject({ points: 1, verified_points: 1, next: { key: "next.E2_english", params: { count: 1 } } });
    input.declarations = { incoterm_quote: true };
    expect(item(input, "E2")).toMatchObject({ points: 2, verified_points: 1, self_declared_points: 1 });
    input.products[1].has_english = true;
    expect(item(input, "E2")).toMatchObject({ points: 3, verified_points: 2, self_declared_points: 1, next: { key: "next.not_verifiable" } });
  });

  it("E4: six months selling on Canting, or a verified digital-marketing training", () => {
    const input = blank();
    input.seller.approved_at = "2026-09-01T00:00:00Z";
    expect(item(input, "E4")).toMatchObject({ points: 0, next: { key: "next.E4_digital", params: { months: 3 } } });
    input.seller.approved_at = "2026-05-01T00:00:00Z";
    expect(item(input, "E4").points).toBe(2);
  });
});

describe("score arithmetic", () => {
  it("rounds half points down so a band is never reached by rounding", () => {
    const input = blank();
    input.certificates = [{ scheme: "batikmark", display_state: "seller_declared" }]; // 3
    input.seller.wastewater_method = "natural_dye_only"; // 1.5
    const a = assessReadiness(input, NOW);
    expect(a.items.reduce((s, i) => s + i.points, 0)).toBe(4.5);
    expect(a.score).toBe(4);
    expect(a.areas.find((x) => x.area === "environment")).toEqual({ area: "environment", points: 1.5, max: 20 });
  });
});

/** Inputs that walk every rule through its branches: nothing, everything, declared only, pending, half-done. */
function variety(): ReadinessInput[] {
  const declaredOnly = blank();
  declaredOnly.seller = { ...exemplary().seller, approved_at: null };
  declaredOnly.declarations = exemplary().declarations;
  declaredOnly.certificates = exemplary().certificates.map((c) => ({ ...c, display_state: "seller_declared" as const }));
  declaredOnly.trainings = exemplary().trainings.map((t) => ({ ...t, verification: "pending" as const }));
  declaredOnly.products = [{ technique: "batik_tulis", has_english: false, has_spec: false, hs_code: null }];
  const pending = exemplary();
  pending.documents = pending.documents.map((d) => ({ ...d, review_state: "pending" as const }));
  const halfway = exemplary();
  halfway.seller = { ...halfway.seller, kbli: ["47711"], npwp: "012345678901234", wastewater_method: "natural_dye_only", workforce_bpjs: 5, apprentices_under_25: 1, capacity: [{ technique: "batik_tulis", units_per_month: 5, lead_time_days: 2 }] };
  halfway.certificates = [];
  halfway.trainings = [{ program: "dinas_pekalongan_export_training", level: "completed", verification: "verified" }, { program: "exhibition", level: "participant", verification: "pending" }];
  halfway.declarations = { sample_days: 30, export_experience: "indirect" };
  halfway.orders = { completed: 10, on_time: 10, complaints: 0 };
  halfway.products.push({ technique: null, has_english: false, has_spec: false, hs_code: "12" });
  const prints = exemplary();
  prints.products = [{ technique: "tiruan_batik_printing", has_english: true, has_spec: true, hs_code: "520852" }];
  prints.orders = { completed: 30, on_time: 20, complaints: 5 };
  prints.seller = { ...prints.seller, nib: null, npwp: "123", wastewater_method: "none" };
  const recent = blank();
  recent.seller.approved_at = "2026-10-01T00:00:00Z";
  recent.declarations = { cross_border_payment: false, trade_fair: true };
  return [blank(), exemplary(), declaredOnly, pending, halfway, prints, recent];
}

describe("what Canting can verify today", () => {
  it("scores out of 100, and says the highest score reachable today is 86: the sum of what each item can reach", () => {
    expect(READINESS_MAX).toBe(100);
    expect(READINESS_RULES.reduce((s, r) => s + r.max, 0)).toBe(READINESS_MAX);
    expect(READINESS_RULES.reduce((s, r) => s + reachableMax(r), 0)).toBe(86);
    expect(READINESS_VERIFIABLE_MAX).toBe(86);
    const a = assessReadiness(blank(), NOW);
    expect(a).toMatchObject({ max: 100, verifiable_max: 86 });
  });

  it("marks the items that only an answer can earn: A4, A5, B6, C1, C2, C3 entirely, half of E2, most of E3", () => {
    expect(READINESS_RULES.filter((r) => r.verifiable === 0).map((r) => r.id)).toEqual(["A4", "A5", "B6", "C1", "C2", "C3"]);
    expect(READINESS_RULES.filter((r) => r.verifiable > 0 && r.verifiable < r.max).map((r) => [r.id, r.verifiable, r.max])).toEqual([["E2", 2, 4], ["E3", 1, 4]]);
  });

  it("tells verified points from declared ones, for every item and in total", () => {
    const a = assessReadiness(exemplary(), NOW);
    // 86 points: 72 verified by Canting (everything verifiable), 14 declared by the workshop.
    expect(a).toMatchObject({ score: 86, verified_points: 72, self_declared_points: 14 });
    expect(item(exemplary(), "A4")).toMatchObject({ points: 1.5, verifiable: 0, verified_points: 0, self_declared_points: 1.5 });
    expect(item(exemplary(), "A1")).toMatchObject({ points: 6, verifiable: 6, verified_points: 6, self_declared_points: 0 });
    const unreviewed = exemplary();
    unreviewed.documents = [];
    expect(item(unreviewed, "A1")).toMatchObject({ points: 3, verified_points: 0, self_declared_points: 3 });
  });

  it("never counts a point as verified that Canting cannot verify, nor more than half of the rest as declared", () => {
    for (const input of variety()) {
      const a = assessReadiness(input, NOW);
      for (const i of a.items) {
        const rule = READINESS_RULES.find((r) => r.id === i.id)!;
        expect(i.verified_points + i.self_declared_points, i.id).toBeCloseTo(i.points, 5);
        expect(i.verified_points, i.id).toBeLessThanOrEqual(rule.verifiable);
        expect(i.self_declared_points, i.id).toBeLessThanOrEqual((i.max - i.verified_points) / 2);
        expect(i.points, i.id).toBeLessThanOrEqual(reachableMax(rule));
      }
      expect(a.score).toBeLessThanOrEqual(a.verifiable_max);
      expect(a.verified_points + a.self_declared_points).toBeCloseTo(a.items.reduce((s, i) => s + i.points, 0), 5);
    }
  });
});

describe("next steps", () => {
  const steps = READINESS_NEXT_STEPS as Record<string, NextStep>;

  it("only asks for what the product can do: every next step has a place, documents are kinds that exist", () => {
    const seen = new Set<string>();
    for (const input of variety()) {
      for (const i of assessReadiness(input, NOW).items) {
        if (!i.next) continue;
        seen.add(i.next.key);
        expect(steps[i.next.key], `${i.id} ${i.next.key}`).toBeDefined();
        if (i.next.key === "next.upload_document") {
          const document = String(i.next.params?.document);
          expect(DOCUMENT_KINDS as readonly string[]).toContain(document);
          expect((steps["next.upload_document"] as { documents: readonly string[] }).documents).toContain(document);
        }
      }
    }
    // The walk reaches most steps, and every listed step's documents exist.
    expect(seen.size).toBeGreaterThan(30);
    for (const step of Object.values(steps)) if (step.page === "documents") for (const d of step.documents) expect(DOCUMENT_KINDS as readonly string[]).toContain(d);
  });

  it("never promises full points for an item Canting cannot verify in full; at its reachable maximum it says so plainly", () => {
    for (const input of variety()) {
      for (const i of assessReadiness(input, NOW).items) {
        if (!i.next || i.verifiable === i.max) continue;
        expect(steps[i.next.key].full_points, `${i.id} ${i.next.key}`).toBeUndefined();
        const rule = READINESS_RULES.find((r) => r.id === i.id)!;
        if (i.points >= reachableMax(rule)) expect(["next.not_verifiable", "next.await_review"], i.id).toContain(i.next.key);
      }
    }
    for (const id of ["A4", "A5", "B6", "C1", "C2", "C3"]) expect(item(exemplary(), id).next).toEqual({ key: "next.not_verifiable" });
  });
});

describe("sources", () => {
  it("names a source for every item that rests on a regulation, a standard or a programme", () => {
    for (const id of ["A1", "A2", "B2", "B3", "D2", "D4", "E1"]) {
      expect(RUBRIC_SOURCES[id]?.length, id).toBeGreaterThan(0);
      for (const url of RUBRIC_SOURCES[id]!) expect(url).toMatch(/^https?:\/\/[^\s]+$/);
    }
    expect(Object.keys(RUBRIC_SOURCES).every((id) => READINESS_RULES.some((r) => r.id === id))).toBe(true);
  });
});
