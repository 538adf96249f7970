import type { ExportDeclarations } from "@canting/domain";
import type { ScaleBasis, SellerStatus, Sentra, Technique, WastewaterMethod } from "@canting/domain";

import { IDENTITY_LOCKED_STATUSES, ONBOARDING_STEPS, MAX_UPLOAD_BYTES, type DocumentKind, type OnboardingStepId } from "@canting/domain";

// Steps and document kinds are defined once in @canting/domain, shared with the backend.
export { DOCUMENT_KINDS, ONBOARDING_STEPS, REQUIRED_DOCUMENT_KINDS } from "@canting/domain";
export type { DocumentKind, OnboardingStepId };

export const isOnboardingStep = (value: unknown): value is OnboardingStepId =>
  typeof value === "string" && (ONBOARDING_STEPS as readonly string[]).includes(value);

/** Largest file `POST /sellers/me/documents` accepts. */
export const MAX_DOCUMENT_BYTES = MAX_UPLOAD_BYTES;
export const DOCUMENT_ACCEPT = ".pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp";

export type Capacity = { technique: Technique; unitsPerMonth: number | null; leadTimeDays: number | null };

/** The signed-in seller's own profile, private fields included, as the portal shows it. */
export type SellerAccount = {
  id: string;
  status: SellerStatus;
  name: string;
  handle: string;
  ownerName: string | null;
  phone: string | null;
  email: string | null;
  sentra: Sentra | null;
  nib: string | null;
  npwp: string | null;
  kbli: string[];
  scaleBasis: ScaleBasis | null;
  declaredAmountIdr: number | null;
  street: string | null;
  kelurahan: string | null;
  kecamatan: string | null;
  city: string | null;
  province: string | null;
  postcode: string | null;
  foundedYear: number | null;
  techniques: Technique[];
  capacity: Capacity[];
  wastewaterMethod: WastewaterMethod | null;
  ipalName: string | null;
  workforceTotal: number | null;
  workforceBpjs: number | null;
  artisansOver50: number | null;
  apprenticesUnder25: number | null;
  story: { id: string; en: string };
  /** Public images the seller uploaded for the profile page. */
  logoUrl: string | null;
  bannerUrl: string | null;
  /** The operator's reason on the transition into the current status, when the backend sends history. */
  statusNote: string | null;
  memberEmail: string | null;
  /** Self-declared answers to the export questions (readiness rubric "declarations"). */
  exportProfile: ExportProfile;
};

/** The export questions' answers, as the readiness rubric reads them. */
export type ExportProfile = ExportDeclarations;

export type OnboardingStep = { id: OnboardingStepId; complete: boolean; missing: string[] };
export type Onboarding = { status: SellerStatus; ready: boolean; steps: OnboardingStep[] };

export type SellerDocument = {
  id: string;
  kind: DocumentKind | null;
  filename: string;
  mimeType: string;
  size: number;
  reviewState: "pending" | "accepted" | "rejected";
  reviewNote: string | null;
  createdAt: string | null;
};

/** Statuses in which `POST /sellers/me` is allowed. */
export const EDITABLE_STATUSES = ["draft", "changes_requested", "approved"] as const satisfies readonly SellerStatus[];
export const canEdit = (status: SellerStatus) => (EDITABLE_STATUSES as readonly string[]).includes(status);
/** Steps holding verified identity fields (IDENTITY_FIELDS), locked once approved: a change goes through a change request. */
export const IDENTITY_STEPS = ["business", "identity", "address"] as const;
export const identityLocked = (status: SellerStatus) => (IDENTITY_LOCKED_STATUSES as readonly string[]).includes(status);
/** Statuses from which a seller may submit for review. */
export const canSubmit = (status: SellerStatus) => status === "draft" || status === "changes_requested";
