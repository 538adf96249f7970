import { describe, expect, it } from "vitest";
import {
  ECO_TAGS, PUBLIC_DISPLAY_STATES, certificateDisplayState, certificateIntegrityErrors, checkedVerificationMethod, daysUntil,
  deriveEcoTags, dueExpiryNotices, isPublicDisplayState, techniqueFitsCertificate,
} from "./certification";
import { isTextileHsCode } from "./materials";

// 10:00 in Pekalongan (03:00 UTC) on 1 June 2026; expiry dates are calendar dates (midnight UTC).
const NOW = new Date("2026-06-01T03:00:00Z");
const inDays = (n: number) => new Date(Date.UTC(2026, 5, 1 + n)).toISOString().slice(0, 10);
const verified = (days: number | null) => ({ status: "verified", expires_at: days === null ? null : inDays(days) });

describe("certificate display state", () => {
  it("counts calendar days in Pekalongan, not UTC", () => {
    expect(daysUntil(inDays(0), NOW)).toBe(0);
    // 23:30 UTC on 31 May is already 1 June in Pekalongan (UTC+7)
    expect(daysUntil(inDays(0), new Date("2026-05-31T23:30:00Z"))).toBe(0);
    expect(daysUntil(inDays(1), new Date("2026-05-31T16:59:00Z"))).toBe(2);
  });

  it("keeps a certificate valid through its expiry day and hides it the day after", () => {
    expect(certificateDisplayState(verified(0), NOW)).toBe("expiring_soon"); // expires today
    expect(certificateDisplayState(verified(1), NOW)).toBe("expiring_soon"); // tomorrow
    expect(certificateDisplayState(verified(-1), NOW)).toBe("expired"); // expired yesterday
  });

  it("says expiring soon below 60 days and verified from 60 days on", () => {
    expect(certificateDisplayState(verified(59), NOW)).toBe("expiring_soon");
    expect(certificateDisplayState(verified(60), NOW)).toBe("verified");
    expect(certificateDisplayState(verified(61), NOW)).toBe("verified");
    expect(certificateDisplayState(verified(null), NOW)).toBe("verified"); // halal: no expiry
  });

  it("shows a pending claim only as seller-declared, and hides expired, rejected and revoked ones", () => {
    expect(certificateDisplayState({ status: "pending", expires_at: inDays(10) }, NOW)).toBe("seller_declared");
    expect(certificateDisplayState({ status: "pending", expires_at: inDays(-1) }, NOW)).toBe("expired");
    expect(certificateDisplayState({ status: "rejected", expires_at: inDays(300) }, NOW)).toBe("rejected");
    expect(certificateDisplayState({ status: "revoked", expires_at: inDays(300) }, NOW)).toBe("revoked");
  });
});

describe("what shoppers and export buyers see", () => {
  const shown = (cert: { status: string; expires_at: string | null }) => isPublicDisplayState(certificateDisplayState(cert, NOW));

  it("shows only certificates Canting verified (or verified and expiring soon), never a seller's pending claim", () => {
    expect(PUBLIC_DISPLAY_STATES).toEqual(["verified", "expiring_soon"]);
    expect(shown(verified(100))).toBe(true);
    expect(shown(verified(10))).toBe(true);
    expect(shown({ status: "pending", expires_at: inDays(300) })).toBe(false);
    expect(shown(verified(-1))).toBe(false);
    expect(shown({ status: "rejected", expires_at: inDays(300) })).toBe(false);
    expect(shown({ status: "revoked", expires_at: inDays(300) })).toBe(false);
  });

  it("says how Canting verified a certificate only when real evidence was checked, never for a demo one", () => {
    const checked = { ...verified(100), verification_method: "document_inspection", is_demo: false, evidence_count: 1 };
    expect(checkedVerificationMethod(checked, NOW)).toBe("document_inspection");
    expect(checkedVerificationMethod({ ...checked, is_demo: true }, NOW)).toBeNull(); // the seeded demo certificates
    expect(checkedVerificationMethod({ ...checked, evidence_count: 0 }, NOW)).toBeNull(); // nothing on file to check
    expect(checkedVerificationMethod({ ...checked, verification_method: null }, NOW)).toBeNull();
    expect(checkedVerificationMethod({ ...checked, status: "pending" }, NOW)).toBeNull();
    expect(checkedVerificationMethod({ ...checked, expires_at: inDays(-1) }, NOW)).toBeNull();
  });
});

describe("eco tags", () => {
  it("earns no eco tag from the dye family the seller declared", () => {
    expect(ECO_TAGS).not.toContain("natural_dyes");
    expect(deriveEcoTags({ certificates: [] }, NOW)).toEqual([]);
    // Extra product facts are not evidence: only the certificates count.
    expect(deriveEcoTags({ dye_family: "natural", certificates: [] } as never, NOW)).toEqual([]);
  });

  it("earns no eco tag from a pending (declared, not yet checked) certificate", () => {
    expect(deriveEcoTags({ certificates: [{ scheme: "ipal_effluent_test", status: "pending", expires_at: inDays(100) }] }, NOW)).toEqual([]);
  });

  it("earns certificate tags only from verified, unexpired certificates", () => {
    const certs = [
      { scheme: "ipal_effluent_test", ...verified(100) },
      { scheme: "sih_industri_hijau_batik", ...verified(5) },
      { scheme: "ekolabel_tipe2_swadeklarasi", ...verified(400) },
      { scheme: "oeko_tex_std100", status: "pending", expires_at: inDays(300) },
      { scheme: "gots", ...verified(-1) },
    ];
    expect(deriveEcoTags({ certificates: certs }, NOW)).toEqual(["wastewater_treated", "green_industry", "ecolabel"]);
    const revoked = [{ scheme: "ipal_effluent_test", status: "revoked", expires_at: inDays(100) }];
    expect(deriveEcoTags({ certificates: revoked }, NOW)).toEqual([]);
  });
});

describe("integrity rules", () => {
  const batikmark = { scheme: "batikmark" as const, subject_type: "product" as const, expires_at: inDays(1000), issued_at: inDays(-10) };

  it("refuses Batikmark and SNI batik certificates on imitation products", () => {
    expect(certificateIntegrityErrors({ ...batikmark, batikmark_type: "cap", technique: "tiruan_batik_printing" }))
      .toEqual([{ field: "scheme", code: "imitation_not_batik" }]);
    expect(certificateIntegrityErrors({ scheme: "sni_sppt_batik", subject_type: "product", technique: "paduan_tiruan_batik", expires_at: inDays(100) }))
      .toEqual([{ field: "scheme", code: "imitation_not_batik" }]);
    // An eco certificate is fine on a print
    expect(certificateIntegrityErrors({ scheme: "oeko_tex_std100", subject_type: "product", technique: "tiruan_batik_printing", expires_at: inDays(100) })).toEqual([]);
  });

  it("requires the Batikmark type to match the technique: gold tulis, white cap, silver kombinasi", () => {
    expect(certificateIntegrityErrors({ ...batikmark, batikmark_type: "tulis", technique: "batik_tulis" })).toEqual([]);
    expect(certificateIntegrityErrors({ ...batikmark, batikmark_type: "kombinasi", technique: "batik_kombinasi" })).toEqual([]);
    expect(certificateIntegrityErrors({ ...batikmark, batikmark_type: "tulis", technique: "batik_cap" }))
      .toEqual([{ field: "batikmark_type", code: "batikmark_type_mismatch" }]);
    expect(certificateIntegrityErrors({ ...batikmark, technique: "batik_cap" })).toEqual([{ field: "batikmark_type", code: "batikmark_type_required" }]);
  });

  it("requires an expiry after issue for fixed-term schemes, but not for halal", () => {
    expect(certificateIntegrityErrors({ scheme: "gots", subject_type: "seller" })).toEqual([{ field: "expires_at", code: "expiry_required" }]);
    expect(certificateIntegrityErrors({ scheme: "halal_bpjph", subject_type: "product" })).toEqual([]);
    expect(certificateIntegrityErrors({ scheme: "oeko_tex_std100", subject_type: "product", issued_at: inDays(5), expires_at: inDays(5) }))
      .toEqual([{ field: "expires_at", code: "expiry_before_issue" }]);
  });

  it("puts workshop schemes on the seller and product schemes on a product", () => {
    expect(certificateIntegrityErrors({ scheme: "ipal_effluent_test", subject_type: "product", expires_at: inDays(100) }))
      .toEqual([{ field: "subject_type", code: "cert_subject_not_allowed" }]);
    expect(certificateIntegrityErrors({ scheme: "sih_industri_hijau_batik", subject_type: "seller", expires_at: inDays(100) })).toEqual([]);
  });

  it("tells whether a changed technique still fits a certificate", () => {
    expect(techniqueFitsCertificate("tiruan_batik_printing", { scheme: "sni_sppt_batik" })).toBe(false);
    expect(techniqueFitsCertificate("batik_cap", { scheme: "batikmark", batikmark_type: "tulis" })).toBe(false);
    expect(techniqueFitsCertificate("batik_cap", { scheme: "batikmark", batikmark_type: "cap" })).toBe(true);
    expect(techniqueFitsCertificate("tiruan_batik_printing", { scheme: "gots" })).toBe(true);
  });
});

describe("expiry notices", () => {
  const cert = (days: number, extra: Record<string, unknown> = {}) => ({ status: "verified", expires_at: inDays(days), ...extra });

  it("reminds 60 days out and 30 days out, once each", () => {
    expect(dueExpiryNotices(cert(61), NOW)).toEqual([]);
    expect(dueExpiryNotices(cert(60), NOW)).toEqual(["remind_60"]);
    expect(dueExpiryNotices(cert(45, { reminded_60_at: NOW }), NOW)).toEqual([]);
    expect(dueExpiryNotices(cert(31, { reminded_60_at: NOW }), NOW)).toEqual([]);
    expect(dueExpiryNotices(cert(30, { reminded_60_at: NOW }), NOW)).toEqual(["remind_30"]);
    expect(dueExpiryNotices(cert(0, { reminded_60_at: NOW, reminded_30_at: NOW }), NOW)).toEqual([]);
  });

  it("sends only the 30-day reminder to a certificate that arrives with 20 days left", () => {
    expect(dueExpiryNotices(cert(20), NOW)).toEqual(["remind_30"]);
  });

  it("announces the expiry once, the day after the expiry date", () => {
    expect(dueExpiryNotices(cert(0, { reminded_30_at: NOW }), NOW)).toEqual([]);
    expect(dueExpiryNotices(cert(-1, { reminded_30_at: NOW }), NOW)).toEqual(["expired"]);
    expect(dueExpiryNotices(cert(-1, { expired_event_at: NOW }), NOW)).toEqual([]);
    expect(dueExpiryNotices({ status: "revoked", expires_at: inDays(-1) }, NOW)).toEqual([]);
  });
});

describe("HS codes", () => {
  it("accepts 6-digit codes from the textile chapters only", () => {
    expect(isTextileHsCode("520852")).toBe(true);
    expect(isTextileHsCode("621430")).toBe(true);
    expect(isTextileHsCode("5208")).toBe(false);
    expect(isTextileHsCode("850440")).toBe(false);
  });
});
