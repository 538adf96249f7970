import type { ScaleBasis, SellerStatus, Sentra, Technique, WastewaterMethod } from "@canting/domain";
import type { ErrorCode, Resources } from "@canting/i18n";

/**
 * The onboarding wizard's steps, in order, as `GET /sellers/me/onboarding` names them.
 * Declared here until the backend exports them from `@canting/domain` (see docs/api/sellers.md).
 */
export const ONBOARDING_STEPS = ["business", "identity", "address", "production", "people", "story", "documents"] as const;
export type OnboardingStepId = (typeof ONBOARDING_STEPS)[number];

export const isOnboardingStep = (value: unknown): value is OnboardingStepId =>
  typeof value === "string" && (ONBOARDING_STEPS as readonly string[]).includes(value);

/** Kinds of private document a seller can upload; the first three are required for review. */
export const DOCUMENT_KINDS = ["nib", "npwp", "ktp", "trademark", "bpjs", "ipal_letter", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const REQUIRED_DOCUMENT_KINDS = ["nib", "npwp", "ktp"] as const satisfies readonly DocumentKind[];

/** Largest file `POST /sellers/me/documents` accepts. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
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
  /** The operator's reason on the transition into the current status, when the backend sends history. */
  statusNote: string | null;
  memberEmail: string | null;
};

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

/**
 * An i18n key for an error: a backend error code in the shared `errors` namespace
 * (`errors:nib_format`, the same texts the backend answers with), or a portal message in
 * `common` (`errors.sellerSessionExpired`).
 */
export type ErrorKey = `errors:${ErrorCode}` | `errors.${keyof Resources["common"]["errors"] & string}`;

/** What every seller server action answers: the data, or i18n keys for the whole form and per field. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; errorKey: ErrorKey; fieldErrors?: Record<string, ErrorKey>; missing?: string[] };
export type ActionFailure = Extract<ActionResult<never>, { ok: false }>;

/** A server action a form drives with `useActionState`. */
export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/** Statuses in which `POST /sellers/me` is allowed. */
export const EDITABLE_STATUSES = ["draft", "changes_requested", "approved"] as const satisfies readonly SellerStatus[];
export const canEdit = (status: SellerStatus) => (EDITABLE_STATUSES as readonly string[]).includes(status);
/** Statuses from which a seller may submit for review. */
export const canSubmit = (status: SellerStatus) => status === "draft" || status === "changes_requested";
