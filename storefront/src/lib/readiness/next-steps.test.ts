// @vitest-environment node
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LOCALES, ONBOARDING_STEPS, READINESS_NEXT_STEPS, READINESS_RULES, assessReadiness, nextStepPath, type ReadinessInput } from "@canting/domain";
import { createTranslator } from "@/lib/i18n/create";
import { readinessText } from "./messages";

const app = fileURLToPath(new URL("../../app/[locale]", import.meta.url));
const NOW = new Date("2026-11-28T00:00:00Z");

/** The page file Next.js serves for a path, or null: a literal folder, else the `[step]` of the onboarding wizard. */
function pageFor(path: string): string | null {
  let dir = app;
  for (const segment of path.split("#")[0].split("/").filter(Boolean)) {
    if (existsSync(join(dir, segment))) dir = join(dir, segment);
    else if (readdirSync(dir).includes("[step]") && (ONBOARDING_STEPS as readonly string[]).includes(segment)) dir = join(dir, "[step]");
    else return null;
  }
  return existsSync(join(dir, "page.tsx")) ? join(dir, "page.tsx") : null;
}

describe("readiness next steps", () => {
  it("lead to seller-portal pages that exist", () => {
    expect(pageFor("/seller/nowhere")).toBeNull();
    for (const key of Object.keys(READINESS_NEXT_STEPS)) {
      const path = nextStepPath(key);
      if (!path) continue;
      expect(pageFor(path), `${key} → ${path}`).not.toBeNull();
    }
  });

  it("never promise full points in either language for an item Canting cannot verify in full", () => {
    const declared: ReadinessInput = {
      seller: { nib: "1234567890123", npwp: "3326012345678901", kbli: ["13134"], techniques: ["batik_cap"], capacity: [{ technique: "batik_cap", units_per_month: 100, lead_time_days: 7 }],
        wastewater_method: "communal_ipal", workforce_total: 2, workforce_bpjs: 2, apprentices_under_25: 0, approved_at: "2026-01-01" },
      documents: [], certificates: [], products: [{ technique: "batik_cap", has_english: true, has_spec: true, hs_code: "520852" }],
      trainings: [{ program: "exhibition", level: "participant", verification: "verified" }], orders: null,
      declarations: { cross_border_payment: true, knows_ska: true, sample_days: 7, moq_and_tiers: true, incoterm_quote: true, export_experience: "direct_sample" },
    };
    const partly = READINESS_RULES.filter((r) => r.verifiable < r.max).map((r) => r.id);
    const items = assessReadiness(declared, NOW).items.filter((i) => partly.includes(i.id));
    expect(items.map((i) => i.next?.key)).toEqual(Array(items.length).fill("next.not_verifiable"));
    for (const locale of LOCALES) {
      for (const i of items) expect(readinessText(createTranslator(locale), i.next!)).not.toMatch(/full points|poin penuh|bukti|evidence|bank/i);
    }
  });
});
