import type { CertScheme } from "./trust.js";
import { isImitation, type Technique } from "./techniques.js";

/**
 * Certificates behind every eco or quality badge (domain-batik.md §2 and §6.2): their review
 * lifecycle, what each scheme applies to and how long it lasts, the display state shoppers see
 * (computed at read time, never stored) and the eco tags derived from them.
 */

/** Review status: a seller's claim is pending until the operator verifies or rejects it; a verified one can be revoked. */
export const CERT_STATUSES = ["pending", "verified", "rejected", "revoked"] as const;
export type CertStatus = (typeof CERT_STATUSES)[number];

/** How the operator checked a certificate (domain-batik.md §6.2 `Verification.method`). */
export const VERIFICATION_METHODS = ["document_inspection", "issuer_registry_lookup", "issuer_confirmation", "site_visit"] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

/** What a certificate is about: one product, or the seller's workshop. */
export const CERT_SUBJECT_TYPES = ["product", "seller"] as const;
export type CertSubjectType = (typeof CERT_SUBJECT_TYPES)[number];

/** Batikmark label types; the embroidered colour tells them apart (domain-batik.md §2.1). */
export const BATIKMARK_TYPES = ["tulis", "cap", "kombinasi"] as const;
export type BatikmarkType = (typeof BATIKMARK_TYPES)[number];
export const BATIKMARK_COLOUR: Record<BatikmarkType, "gold" | "white" | "silver"> = { tulis: "gold", cap: "white", kombinasi: "silver" };
/** The only Batikmark type a product of each technique may carry; imitation techniques may carry none. */
export const BATIKMARK_TYPE_BY_TECHNIQUE: Record<Technique, BatikmarkType | null> = {
  batik_tulis: "tulis", batik_cap: "cap", batik_kombinasi: "kombinasi", tiruan_batik_printing: null, paduan_tiruan_batik: null,
};

/** How long a scheme's certificate stays valid (domain-batik.md §6.2 per-scheme defaults). */
export const VALIDITY_RULES = ["fixed_term", "annual", "per_test_report", "while_unchanged"] as const;
export type ValidityRule = (typeof VALIDITY_RULES)[number];

export type CertSchemeRule = {
  validity: ValidityRule;
  /** The certificate must carry an expiry date (fixed-term, annual and test-report schemes). */
  expiryRequired: boolean;
  /** What the scheme certifies: a product, the workshop (seller), or either. */
  subjects: readonly CertSubjectType[];
  /** Certifies that the cloth is batik: never allowed on imitation (SNI 8184) products. */
  batikOnly: boolean;
};

/**
 * Per scheme, as data. Batikmark: 3 years, renewable; SPPT SNI, SIH and Ekolabel: fixed term
 * entered from the certificate; OEKO-TEX and GOTS: yearly; an IPAL effluent test report is
 * fresh only for a period (platform policy, so its expiry is required too); halal (BPJPH):
 * valid while ingredients and process are unchanged (UU 6/2023), no expiry.
 */
export const CERT_SCHEME_RULES: Record<CertScheme, CertSchemeRule> = {
  batikmark: { validity: "fixed_term", expiryRequired: true, subjects: ["product"], batikOnly: true },
  sni_sppt_batik: { validity: "fixed_term", expiryRequired: true, subjects: ["product"], batikOnly: true },
  sih_industri_hijau_batik: { validity: "fixed_term", expiryRequired: true, subjects: ["seller"], batikOnly: false },
  ekolabel_tipe1: { validity: "fixed_term", expiryRequired: true, subjects: ["product"], batikOnly: false },
  ekolabel_tipe2_swadeklarasi: { validity: "fixed_term", expiryRequired: true, subjects: ["product"], batikOnly: false },
  ipal_effluent_test: { validity: "per_test_report", expiryRequired: true, subjects: ["seller"], batikOnly: false },
  oeko_tex_std100: { validity: "annual", expiryRequired: true, subjects: ["product"], batikOnly: false },
  gots: { validity: "annual", expiryRequired: true, subjects: ["product", "seller"], batikOnly: false },
  halal_bpjph: { validity: "while_unchanged", expiryRequired: false, subjects: ["product", "seller"], batikOnly: false },
  lsp_competency: { validity: "fixed_term", expiryRequired: true, subjects: ["seller"], batikOnly: false },
  other: { validity: "fixed_term", expiryRequired: false, subjects: ["product", "seller"], batikOnly: false },
};

/** A certificate shows as "expiring soon" when fewer than this many days remain. */
export const EXPIRING_SOON_DAYS = 60;
/** Days before expiry on which the seller is reminded, once each. */
export const EXPIRY_REMINDER_DAYS = [60, 30] as const;

/**
 * What a certificate looks like today. Shoppers and export buyers see only the first two (checked
 * by Canting); the seller sees every state of its own certificates, "seller_declared" being a claim
 * that waits for Canting's check.
 */
export const CERT_DISPLAY_STATES = ["verified", "expiring_soon", "seller_declared", "expired", "revoked", "rejected"] as const;
export type CertDisplayState = (typeof CERT_DISPLAY_STATES)[number];
/** The states shown on public pages, in the store API and in JSON-LD: only certificates the operator verified. */
export const PUBLIC_DISPLAY_STATES = ["verified", "expiring_soon"] as const satisfies readonly CertDisplayState[];

const DAY_MS = 86_400_000;
/** Pekalongan keeps Western Indonesia Time (UTC+7, no daylight saving): "today" is the day there. */
const WIB_OFFSET_MS = 7 * 3_600_000;

/**
 * Whole calendar days from today (in Pekalongan) to the expiry date: 0 = expires today,
 * -1 = expired yesterday. Expiry dates are calendar dates stored as midnight UTC of that date.
 */
export function daysUntil(expiresAt: Date | string, now: Date): number {
  const expires = new Date(expiresAt);
  const expiryDay = Date.UTC(expires.getUTCFullYear(), expires.getUTCMonth(), expires.getUTCDate());
  const local = new Date(now.getTime() + WIB_OFFSET_MS);
  const today = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return Math.round((expiryDay - today) / DAY_MS);
}

export type CertificateLike = { status: CertStatus | string; expires_at?: Date | string | null };

/**
 * The one rule for what a certificate looks like today. A certificate is valid through its
 * expiry date. Rejected, revoked and expired ones are hidden from badges and filters; a pending
 * one is "seller-declared" (the seller sees it so, the public not at all); a verified one with
 * fewer than 60 days left is "expiring soon".
 */
export function certificateDisplayState(cert: CertificateLike, now: Date): CertDisplayState {
  if (cert.status === "rejected") return "rejected";
  if (cert.status === "revoked") return "revoked";
  const left = cert.expires_at ? daysUntil(cert.expires_at, now) : null;
  if (left !== null && left < 0) return "expired";
  if (cert.status !== "verified") return "seller_declared";
  return left !== null && left < EXPIRING_SOON_DAYS ? "expiring_soon" : "verified";
}

/** True for the states shoppers and export buyers may see: verified by Canting and not expired. */
export function isPublicDisplayState(state: CertDisplayState): boolean {
  return (PUBLIC_DISPLAY_STATES as readonly string[]).includes(state);
}

/**
 * How Canting checked a certificate, for the public line "verified by Canting: <method>", or null
 * when that line would claim more than was done: only a real (not demo) certificate, verified and
 * unexpired, with evidence on file and the method the operator recorded. A demo certificate says
 * instead that no real document was checked.
 */
export function checkedVerificationMethod(
  cert: CertificateLike & { verification_method?: string | null; is_demo?: boolean | null; evidence_count: number },
  now: Date
): VerificationMethod | null {
  if (cert.is_demo || cert.evidence_count < 1 || !isPublicDisplayState(certificateDisplayState(cert, now))) return null;
  return (VERIFICATION_METHODS as readonly string[]).includes(cert.verification_method ?? "") ? (cert.verification_method as VerificationMethod) : null;
}

/**
 * Eco tags shoppers can filter by. Every one needs a certificate the operator verified: a dye
 * family is the seller's declaration, shown as such among the product facts, and earns no tag.
 */
export const ECO_TAGS = ["wastewater_treated", "green_industry", "ecolabel", "oeko_tex", "gots"] as const;
export type EcoTag = (typeof ECO_TAGS)[number];

/** The schemes whose verified, unexpired certificate earns each eco tag. */
export const ECO_TAG_SCHEMES: Record<EcoTag, readonly CertScheme[]> = {
  wastewater_treated: ["ipal_effluent_test"],
  green_industry: ["sih_industri_hijau_batik"],
  ecolabel: ["ekolabel_tipe1", "ekolabel_tipe2_swadeklarasi"],
  oeko_tex: ["oeko_tex_std100"],
  gots: ["gots"],
};

/**
 * The eco tags of a product (its own and its seller's certificates) or of a seller (its
 * certificates only). Each tag needs a certificate the operator verified and that has not
 * expired: seller-declared (pending) certificates and declared product facts earn no tag.
 */
export function deriveEcoTags(input: { certificates: (CertificateLike & { scheme: string })[] }, now: Date): EcoTag[] {
  const earned = new Set<string>(
    input.certificates.filter((c) => isPublicDisplayState(certificateDisplayState(c, now))).map((c) => c.scheme)
  );
  return ECO_TAGS.filter((tag) => ECO_TAG_SCHEMES[tag].some((scheme) => earned.has(scheme)));
}

export type CertFieldError = { field: string; code: string };

/**
 * The integrity rules of a certificate claim, given the product's technique when the subject
 * is a product. Imitation batik (SNI 8184) can carry no Batikmark or SNI-batik certificate; a
 * Batikmark's type must match the technique (gold tulis, white cap, silver kombinasi); fixed-term
 * and annual schemes need an expiry after the issue date.
 */
export function certificateIntegrityErrors(claim: {
  scheme: CertScheme;
  subject_type: CertSubjectType;
  batikmark_type?: string | null;
  technique?: string | null;
  issued_at?: Date | string | null;
  expires_at?: Date | string | null;
}): CertFieldError[] {
  const rule = CERT_SCHEME_RULES[claim.scheme];
  const errors: CertFieldError[] = [];
  if (!rule.subjects.includes(claim.subject_type)) errors.push({ field: "subject_type", code: "cert_subject_not_allowed" });
  if (claim.scheme === "batikmark" && !claim.batikmark_type) errors.push({ field: "batikmark_type", code: "batikmark_type_required" });
  if (claim.scheme !== "batikmark" && claim.batikmark_type) errors.push({ field: "batikmark_type", code: "batikmark_type_not_allowed" });
  if (claim.subject_type === "product" && claim.technique) {
    if (rule.batikOnly && isImitation(claim.technique)) errors.push({ field: "scheme", code: "imitation_not_batik" });
    else if (claim.scheme === "batikmark" && claim.batikmark_type
      && BATIKMARK_TYPE_BY_TECHNIQUE[claim.technique as Technique] !== claim.batikmark_type) {
      errors.push({ field: "batikmark_type", code: "batikmark_type_mismatch" });
    }
  }
  if (rule.expiryRequired && !claim.expires_at) errors.push({ field: "expires_at", code: "expiry_required" });
  if (claim.issued_at && claim.expires_at && +new Date(claim.expires_at) <= +new Date(claim.issued_at)) {
    errors.push({ field: "expires_at", code: "expiry_before_issue" });
  }
  return errors;
}

/** Whether a product of this technique may keep a certificate of this scheme and Batikmark type (used when the technique changes). */
export function techniqueFitsCertificate(technique: string, cert: { scheme: string; batikmark_type?: string | null }): boolean {
  const rule = CERT_SCHEME_RULES[cert.scheme as CertScheme];
  if (rule?.batikOnly && isImitation(technique)) return false;
  if (cert.scheme === "batikmark") return BATIKMARK_TYPE_BY_TECHNIQUE[technique as Technique] === cert.batikmark_type;
  return true;
}

export type ExpiryNotice = "remind_60" | "remind_30" | "expired";

/**
 * What the daily expiry job owes one certificate today, given what was already done: the 60-day
 * reminder (60..31 days left), the 30-day reminder (30..0 days left; a certificate that enters
 * late gets only this one), and the expiry event once it has expired. Rejected and revoked
 * certificates are owed nothing.
 */
export function dueExpiryNotices(
  cert: CertificateLike & { reminded_60_at?: unknown; reminded_30_at?: unknown; expired_event_at?: unknown },
  now: Date
): ExpiryNotice[] {
  if (!cert.expires_at || (cert.status !== "verified" && cert.status !== "pending")) return [];
  const left = daysUntil(cert.expires_at, now);
  if (left < 0) return cert.expired_event_at ? [] : ["expired"];
  if (left <= 30) return cert.reminded_30_at ? [] : ["remind_30"];
  if (left <= 60) return cert.reminded_60_at ? [] : ["remind_60"];
  return [];
}
