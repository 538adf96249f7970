import { describe, expect, it } from "vitest";
import { LOCALES, assessReadiness, type ReadinessInput } from "@canting/domain";
import { createTranslator } from "@/lib/i18n/create";
import { readinessText } from "./messages";

const NOW = new Date("2026-11-28T00:00:00Z");
const base: ReadinessInput = {
  seller: { nib: null, npwp: null, kbli: [], techniques: ["batik_tulis"], capacity: [{ technique: "batik_tulis", units_per_month: 10, lead_time_days: 2 }],
    wastewater_method: null, workforce_total: 4, workforce_bpjs: 0, apprentices_under_25: 0, approved_at: null },
  documents: [], certificates: [], products: [{ technique: "batik_tulis", has_english: false, has_spec: false, hs_code: null }],
  trainings: [], declarations: {}, orders: null,
};
const richer: ReadinessInput = {
  ...base,
  seller: { ...base.seller, nib: "1234567890123", npwp: "012345678901234", kbli: ["13134"], workforce_bpjs: 2, apprentices_under_25: 1, approved_at: "2026-01-01" },
  certificates: [{ scheme: "batikmark", display_state: "seller_declared" }],
  trainings: [{ program: "dinas_pekalongan_export_training", level: "completed", verification: "verified" }],
  declarations: { cross_border_payment: true, sample_days: 30 },
};

describe("readiness messages", () => {
  for (const locale of LOCALES) {
    it(`tells a seller what earned points and what to do next, in ${locale}, with codes as words`, () => {
      const t = createTranslator(locale);
      for (const input of [base, richer]) {
        for (const item of assessReadiness(input, NOW).items) {
          for (const m of [item.earned, item.next]) {
            if (!m) continue;
            const text = readinessText(t, m);
            expect(text, `${item.id} ${m.key}`).not.toContain("readiness:");
            expect(text, `${item.id} ${m.key}`).not.toMatch(/\$t\(|\{\{|next\.|earned\.|vocab:|common:/);
          }
          expect((t as unknown as (k: string) => string)(`readiness:item.${item.id}`)).not.toContain("item.");
        }
      }
    });
  }

  it("names the document and the technique in the seller's language", () => {
    expect(readinessText(createTranslator("id"), { key: "next.upload_document", params: { document: "bpjs" } })).toBe("Unggah dokumen Bukti BPJS Ketenagakerjaan agar bisa diverifikasi.");
    expect(readinessText(createTranslator("en"), { key: "next.B5_hs", params: { count: 3 } })).toBe("Add a 6-digit HS code to 3 products.");
    expect(readinessText(createTranslator("en"), { key: "next.C2_implausible", params: { technique: "batik_tulis", days: 14 } })).toMatch(/^A lead time under 14 days for Hand-drawn batik/i);
  });
});
