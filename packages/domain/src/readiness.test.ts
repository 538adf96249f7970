import { describe, expect, it } from "vitest";
import { AREA_MAX, READINESS_RULES, assessReadiness, bandFor } from "./readiness";
import { blank, exemplary, item, NOW } from "./readiness.fixtures";

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
