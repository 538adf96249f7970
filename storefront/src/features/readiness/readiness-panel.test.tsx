import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { assessReadiness, type ReadinessInput } from "@canting/domain";
import { createTranslator } from "@/lib/i18n/create";
import { toReadinessView, toTrainingAwards } from "@/lib/readiness/adapter";
import { exportProfileFromForm } from "@/lib/readiness/export-profile";
import { form } from "@/test/fake-backend";
import { BadgeList } from "./badge-list";
import { ReadinessPanel, orderChecklist } from "./readiness-panel";

const NOW = new Date("2026-11-28T00:00:00Z");
const input: ReadinessInput = {
  seller: { nib: "1234567890123", npwp: null, kbli: ["13134"], techniques: ["batik_cap"], capacity: [{ technique: "batik_cap", units_per_month: 200, lead_time_days: 7 }],
    wastewater_method: "communal_ipal", workforce_total: 10, workforce_bpjs: 9, apprentices_under_25: 0, approved_at: "2026-01-01" },
  documents: [{ kind: "nib", review_state: "accepted" }, { kind: "bpjs", review_state: "accepted" }],
  certificates: [], trainings: [], declarations: {}, orders: null,
  products: [{ technique: "batik_cap", has_english: true, has_spec: true, hs_code: null }, { technique: "batik_cap", has_english: false, has_spec: false, hs_code: null }],
};

// The backend returns the domain assessment as JSON, plus its history.
const view = toReadinessView(JSON.parse(JSON.stringify({
  readiness: assessReadiness(input, NOW),
  history: [{ computed_at: "2026-10-01T00:00:00Z", score: 12, band: "not_ready" }, { computed_at: "2026-11-01T00:00:00Z", score: 31, band: "not_ready" }],
})))!;

describe("ReadinessPanel", () => {
  it("shows the score, the band, and which required items are missing, in Indonesian", () => {
    render(<ReadinessPanel view={view} locale="id" t={createTranslator("id")} />);
    expect(screen.getByTestId("readiness-score").textContent).toContain(String(view.assessment.score));
    expect(screen.getByTestId("readiness-band").textContent).toBe("Belum siap");
    expect(screen.getByTestId("readiness-gates").textContent).toContain("NPWP yang sah");
  });

  it("draws a bar per area with its points", () => {
    render(<ReadinessPanel view={view} locale="en" t={createTranslator("en")} />);
    const env = within(screen.getByTestId("readiness-area-environment")).getByRole("progressbar");
    expect(env.getAttribute("aria-valuemax")).toBe("20");
    expect(Number(env.getAttribute("aria-valuenow"))).toBe(view.assessment.areas.find((a) => a.area === "environment")!.points);
  });

  it("lists the next steps in the seller's language, required items first", () => {
    render(<ReadinessPanel view={view} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("readiness-next-B5").textContent).toBe("→ Add a 6-digit HS code to 2 products.");
    expect(screen.getByTestId("readiness-next-A2").textContent).toBe("→ Enter your 16-digit NPWP or your NIK.");
    const order = orderChecklist(view.assessment.items).map((i) => i.id);
    expect(order[0]).toBe("A2");
    expect(order.indexOf("A1")).toBeGreaterThan(order.indexOf("B5")); // A1 is fully earned, so it goes last
  });

  it("says the rubric is Canting's own, not an official designation, and how many points Canting verified", () => {
    render(<ReadinessPanel view={view} locale="en" t={createTranslator("en")} />);
    const note = screen.getByTestId("rubric-note");
    expect(note.textContent).toBe("Canting's own export-readiness rubric v1-2026, not an official designation");
    expect(within(note).getByRole("link").getAttribute("href")).toBe("/en/export/rubric");
    const { verified_points, self_declared_points } = view.assessment;
    expect(verified_points).toBeGreaterThan(0);
    expect(screen.getByTestId("readiness-split").textContent).toBe(
      `${verified_points} points verified by Canting, ${self_declared_points} self-declared. Canting cannot check every answer yet: today at most 86 of 100 points can be reached.`,
    );
  });

  it("marks what Canting cannot verify yet and links each next step to where it is done in the portal", () => {
    const declared = toReadinessView(JSON.parse(JSON.stringify({
      readiness: assessReadiness({ ...input, declarations: { cross_border_payment: true, incoterm_quote: true } }, NOW), history: [],
    })))!;
    render(<ReadinessPanel view={declared} locale="id" t={createTranslator("id")} />);
    expect(screen.getByTestId("readiness-unverifiable-A4").textContent).toBe("Belum bisa diverifikasi");
    expect(screen.getByTestId("readiness-next-A4").textContent).toBe("→ Canting belum bisa memeriksa hal ini: jawaban yang dinyatakan sendiri mendapat separuh poin.");
    expect(within(screen.getByTestId("readiness-next-A4")).queryByRole("link")).toBeNull();
    expect(screen.getByTestId("readiness-evidence-A4").textContent).toBe("Dinyatakan sendiri");
    // English listings are seen by Canting, the Incoterm quote only declared.
    expect(screen.getByTestId("readiness-evidence-E2").textContent).toBe("Sebagian terverifikasi");
    expect(within(screen.getByTestId("readiness-next-B5")).getByRole("link").getAttribute("href")).toBe("/id/seller/products");
    expect(within(screen.getByTestId("readiness-next-A2")).getByRole("link").getAttribute("href")).toBe("/id/seller/onboarding/identity");
    // Nothing more to gain today on A4, so it sits below every step that still earns points.
    const order = orderChecklist(declared.assessment.items).map((i) => i.id);
    expect(order.indexOf("A4")).toBeGreaterThan(order.indexOf("B6"));
  });

  it("charts the history with an accessible table of the same points", () => {
    render(<ReadinessPanel view={view} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("readiness-chart").querySelectorAll("circle")).toHaveLength(2);
    expect(screen.getByRole("table").textContent).toContain("31");
  });
});

describe("badges and answers", () => {
  it("shows each badge's verification and a rejected claim's reason", () => {
    const awards = toTrainingAwards({ awards: [
      { id: "a1", program: { kind: "ppei_short_course", name: "Kelas ekspor (demo)", starts_at: "2025-03-01" }, level: "completed", verification: "verified" },
      { id: "a2", program: { kind: "exhibition", name: "Pameran" }, level: "participant", verification: "rejected", note: "Bukti tidak terbaca" },
    ] });
    render(<BadgeList awards={awards} t={createTranslator("id")} />);
    expect(screen.getByTestId("badge-a1").textContent).toContain("Kelas ekspor (demo) · 2025");
    expect(within(screen.getByTestId("badge-a1")).getByTestId("badge-verification").textContent).toBe("Terverifikasi");
    expect(screen.getByTestId("badge-a2").textContent).toContain("Bukti tidak terbaca");
  });

  it("turns the answers form into export_profile, unticked boxes false", () => {
    expect(exportProfileFromForm(form({ cross_border_payment: "on", sample_days: "10", export_experience: "indirect" }))).toEqual({
      cross_border_payment: true, knows_ska: false, moq_and_tiers: false, incoterm_quote: false, trade_fair: false, sample_days: 10, export_experience: "indirect",
    });
    expect(exportProfileFromForm(form({ sample_days: "", export_experience: "bogus" }))).toMatchObject({ sample_days: null, export_experience: null });
  });
});
