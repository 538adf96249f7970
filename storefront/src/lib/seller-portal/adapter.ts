import {
  EXPORT_EXPERIENCE, SCALE_BASES, SELLER_STATUSES, SENTRA, TECHNIQUES, WASTEWATER_METHODS,
  type ScaleBasis, type SellerStatus, type Sentra, type Technique, type WastewaterMethod,
} from "@canting/domain";
import {
  DOCUMENT_KINDS, isOnboardingStep,
  type Capacity, type DocumentKind, type ExportProfile, type Onboarding, type SellerAccount, type SellerDocument,
} from "./types";

type Raw = Record<string, unknown>;

const obj = (v: unknown): Raw => (v && typeof v === "object" ? (v as Raw) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | null =>
  typeof v === "string" && (list as readonly string[]).includes(v) ? (v as T) : null;
const listOf = <T extends string>(list: readonly T[], v: unknown): T[] =>
  Array.isArray(v) ? v.filter((x): x is T => oneOf(list, x) !== null) : [];

/** Numbers arrive as numbers, numeric strings, or Medusa BigNumber objects (`{ value }`). */
function num(v: unknown): number | null {
  const raw = v && typeof v === "object" && "value" in (v as Raw) ? (v as Raw).value : v;
  const n = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

/** The story is `{ id, en }` on input; on output it may also be the plain Indonesian base text. */
function story(v: unknown): { id: string; en: string } {
  if (typeof v === "string") return { id: v, en: "" };
  const s = obj(v);
  return { id: str(s.id) ?? "", en: str(s.en) ?? "" };
}

function capacity(v: unknown): Capacity[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((row) => {
    const r = obj(row);
    const technique = oneOf(TECHNIQUES, r.technique);
    return technique ? [{ technique, unitsPerMonth: num(r.units_per_month), leadTimeDays: num(r.lead_time_days) }] : [];
  });
}

/** The operator's reason on the latest transition into `status`, from `history` (or `events`) if present. */
function statusNote(raw: Raw, status: SellerStatus): string | null {
  const history = Array.isArray(raw.history) ? raw.history : Array.isArray(raw.events) ? raw.events : [];
  const latest = history
    .map(obj)
    .filter((e) => e.to_status === status)
    .sort((a, b) => String(b.created_at ?? "").localeCompare(String(a.created_at ?? "")))[0];
  return latest ? str(latest.reason) : null;
}

/** Reshapes `GET /sellers/me` (`{ seller, member }`) into the portal's account. */
/** The seller's own answers to the export questions; unknown keys and types are dropped. */
function exportProfile(v: unknown): ExportProfile {
  const p = obj(v);
  const out: ExportProfile = {};
  for (const k of ["cross_border_payment", "knows_ska", "moq_and_tiers", "incoterm_quote", "trade_fair"] as const) {
    if (typeof p[k] === "boolean") out[k] = p[k] as boolean;
  }
  if (typeof p.sample_days === "number") out.sample_days = p.sample_days;
  const exp = oneOf(EXPORT_EXPERIENCE, p.export_experience);
  if (exp) out.export_experience = exp;
  return out;
}

export function toSellerAccount(body: unknown): SellerAccount {
  const b = obj(body);
  const s = obj(b.seller);
  const status = oneOf(SELLER_STATUSES, s.status) ?? "draft";
  return {
    id: String(s.id ?? ""),
    status,
    name: str(s.name) ?? "",
    handle: str(s.handle) ?? "",
    ownerName: str(s.owner_name),
    phone: str(s.phone),
    email: str(s.email),
    sentra: oneOf<Sentra>(SENTRA, s.sentra),
    nib: str(s.nib),
    npwp: str(s.npwp),
    kbli: Array.isArray(s.kbli) ? s.kbli.filter((k): k is string => typeof k === "string") : [],
    scaleBasis: oneOf<ScaleBasis>(SCALE_BASES, s.scale_basis),
    declaredAmountIdr: num(s.declared_amount_idr),
    street: str(s.street),
    kelurahan: str(s.kelurahan),
    kecamatan: str(s.kecamatan),
    city: str(s.city),
    province: str(s.province),
    postcode: str(s.postcode),
    foundedYear: num(s.founded_year),
    techniques: listOf<Technique>(TECHNIQUES, s.techniques),
    capacity: capacity(s.capacity),
    wastewaterMethod: oneOf<WastewaterMethod>(WASTEWATER_METHODS, s.wastewater_method),
    ipalName: str(s.ipal_name),
    workforceTotal: num(s.workforce_total),
    workforceBpjs: num(s.workforce_bpjs),
    artisansOver50: num(s.artisans_over_50),
    apprenticesUnder25: num(s.apprentices_under_25),
    story: story(s.story),
    logoUrl: str(s.logo_url),
    bannerUrl: str(s.banner_url),
    statusNote: statusNote(s, status),
    memberEmail: str(obj(b.member).email),
    exportProfile: exportProfile(s.export_profile),
  };
}

/** Reshapes `GET /sellers/me/onboarding`, dropping steps the storefront does not know. */
export function toOnboarding(body: unknown): Onboarding {
  const b = obj(body);
  const steps = Array.isArray(b.steps) ? b.steps.map(obj) : [];
  return {
    status: oneOf(SELLER_STATUSES, b.status) ?? "draft",
    ready: b.ready === true,
    steps: steps.flatMap((s) =>
      isOnboardingStep(s.id)
        ? [{ id: s.id, complete: s.complete === true, missing: Array.isArray(s.missing) ? s.missing.filter((m): m is string => typeof m === "string") : [] }]
        : [],
    ),
  };
}

export function toSellerDocument(raw: unknown): SellerDocument {
  const d = obj(raw);
  return {
    id: String(d.id ?? ""),
    kind: oneOf<DocumentKind>(DOCUMENT_KINDS, d.kind),
    filename: str(d.filename) ?? "",
    mimeType: str(d.mime_type) ?? "",
    size: num(d.size) ?? 0,
    reviewState: oneOf(["pending", "accepted", "rejected"] as const, d.review_state) ?? "pending",
    reviewNote: str(d.review_note),
    createdAt: str(d.created_at),
  };
}

/** Reshapes `GET /sellers/me/documents`. */
export const toSellerDocuments = (body: unknown): SellerDocument[] => {
  const list = obj(body).documents;
  return Array.isArray(list) ? list.map(toSellerDocument) : [];
};
