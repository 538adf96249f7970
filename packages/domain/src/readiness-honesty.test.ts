// What the rubric can verify today, its next steps and its sources (issue #15).
import { describe, expect, it } from "vitest";
import {
  READINESS_MAX, READINESS_NEXT_STEPS, READINESS_RULES, READINESS_VERIFIABLE_MAX, RUBRIC_SOURCES,
  assessReadiness, reachableMax, type NextStep, type ReadinessInput,
} from "./readiness";
import { DOCUMENT_KINDS } from "./onboarding";
import { blank, exemplary, item, NOW } from "./readiness.fixtures";

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
