import { describe, expect, it } from "vitest";
import { toOnboarding, toSellerAccount, toSellerDocuments } from "./adapter";

describe("toSellerAccount", () => {
  it("reads GET /sellers/me as the backend sends it", () => {
    const account = toSellerAccount({
      seller: {
        id: "sel_1", status: "changes_requested", name: "Batik Sekar", handle: "batik-sekar", sentra: "kauman",
        kbli: ["13134"], declared_amount_idr: { value: "250000000" }, techniques: ["batik_tulis", "sablon"],
        capacity: [{ technique: "batik_tulis", units_per_month: 20, lead_time_days: 30 }, { technique: "??" }],
        story: { id: "Sejak 1985.", en: null }, workforce_total: 12,
      },
      member: { id: "selmem_1", email: "siti@example.com", role: "owner" },
    });
    expect(account).toMatchObject({
      status: "changes_requested", sentra: "kauman", kbli: ["13134"], declaredAmountIdr: 250000000,
      techniques: ["batik_tulis"], capacity: [{ technique: "batik_tulis", unitsPerMonth: 20, leadTimeDays: 30 }],
      story: { id: "Sejak 1985.", en: "" }, workforceTotal: 12, memberEmail: "siti@example.com", statusNote: null,
    });
  });

  it("takes the operator's note from the latest history entry into the current status", () => {
    const account = toSellerAccount({
      seller: {
        status: "changes_requested", story: "Teks dasar",
        history: [
          { to_status: "changes_requested", reason: "Lama", created_at: "2026-01-01T00:00:00Z" },
          { to_status: "submitted", reason: null, created_at: "2026-02-01T00:00:00Z" },
          { to_status: "changes_requested", reason: "Foto KTP buram.", created_at: "2026-03-01T00:00:00Z" },
        ],
      },
    });
    expect(account.statusNote).toBe("Foto KTP buram.");
    expect(account.story).toEqual({ id: "Teks dasar", en: "" });
  });
});

describe("toOnboarding and toSellerDocuments", () => {
  it("keeps known steps and documents' review state", () => {
    expect(toOnboarding({ status: "draft", ready: false, steps: [{ id: "business", complete: true, missing: [] }, { id: "later", complete: false }] }))
      .toEqual({ status: "draft", ready: false, steps: [{ id: "business", complete: true, missing: [] }] });
    expect(toSellerDocuments({ documents: [{ id: "seldoc_1", kind: "nib", filename: "nib.pdf", size: 2048, review_state: "rejected", review_note: "Buram" }] }))
      .toEqual([{ id: "seldoc_1", kind: "nib", filename: "nib.pdf", mimeType: "", size: 2048, reviewState: "rejected", reviewNote: "Buram", createdAt: null }]);
  });
});
