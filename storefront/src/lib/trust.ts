import {
  BATIKMARK_TYPES, CERT_DISPLAY_STATES, CERT_SCHEMES, CERT_STATUSES, ECO_TAGS, VERIFICATION_METHODS, isPublicDisplayState,
  type BatikmarkType, type CertDisplayState, type CertScheme, type CertStatus, type EcoTag, type VerificationMethod,
} from "@canting/domain";

/**
 * A certificate as shoppers see it (`GET /store/certifications`, docs/api/certifications.md): only
 * ones Canting verified. `verificationMethod` is set only when real evidence was checked; a demo
 * certificate (`demo`) never has one.
 */
export type PublicCertificate = {
  id: string;
  scheme: CertScheme;
  subjectType: "product" | "seller";
  issuer: string;
  number: string;
  standard: string | null;
  batikmarkType: BatikmarkType | null;
  batikmarkColour: "gold" | "white" | "silver" | null;
  expiresAt: string | null;
  displayState: CertDisplayState;
  verificationMethod: VerificationMethod | null;
  demo: boolean;
};
export type Trust = { certificates: PublicCertificate[]; ecoTags: EcoTag[] };

/** A certificate as its seller sees it in the portal (`GET /sellers/me/certifications`). */
export type SellerCertificate = PublicCertificate & {
  status: CertStatus;
  reviewNote: string | null;
  productTitle: string | null;
  evidence: { id: string; filename: string }[];
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);
const pick = <T extends string>(codes: readonly T[], v: unknown): T | null => (codes as readonly unknown[]).includes(v) ? (v as T) : null;
const COLOURS = ["gold", "white", "silver"] as const;

function toCertificate(raw: unknown): PublicCertificate | null {
  if (!isObj(raw)) return null;
  const id = str(raw.id), scheme = pick(CERT_SCHEMES, raw.scheme), displayState = pick(CERT_DISPLAY_STATES, raw.display_state);
  if (!id || !scheme || !displayState) return null;
  return {
    id, scheme, displayState,
    subjectType: raw.subject_type === "seller" ? "seller" : "product",
    issuer: str(raw.issuer) ?? "", number: str(raw.number) ?? "", standard: str(raw.standard),
    batikmarkType: pick(BATIKMARK_TYPES, raw.batikmark_type), batikmarkColour: pick(COLOURS, raw.batikmark_colour),
    expiresAt: str(raw.expires_at), verificationMethod: pick(VERIFICATION_METHODS, raw.verification_method),
    demo: raw.is_demo === true,
  };
}

/**
 * The store's trust answer, reshaped; unknown codes are dropped, and so is every certificate
 * Canting has not verified (a seller's pending claim included), even if the API sent it.
 */
export function toTrust(raw: unknown): Trust {
  const body = isObj(raw) ? raw : {};
  const certificates = (Array.isArray(body.certificates) ? body.certificates : []).map(toCertificate)
    .filter((c): c is PublicCertificate => c !== null && isPublicDisplayState(c.displayState));
  const ecoTags = (Array.isArray(body.eco_tags) ? body.eco_tags : []).map((t) => pick(ECO_TAGS, t)).filter((t): t is EcoTag => t !== null);
  return { certificates, ecoTags };
}

/** The seller's own certificates, every state included. */
export function toSellerCertificates(raw: unknown): SellerCertificate[] {
  const list = isObj(raw) && Array.isArray(raw.certificates) ? raw.certificates : [];
  return list.flatMap((c) => {
    const base = toCertificate(c);
    if (!base || !isObj(c)) return [];
    const product = isObj(c.product) ? c.product : null;
    return [{
      ...base, status: pick(CERT_STATUSES, c.status) ?? "pending", reviewNote: str(c.review_note), productTitle: product ? str(product.title) : null,
      evidence: (Array.isArray(c.evidence) ? c.evidence : []).flatMap((e) => (isObj(e) && str(e.id) ? [{ id: String(e.id), filename: str(e.filename) ?? "" }] : [])),
    }];
  });
}
