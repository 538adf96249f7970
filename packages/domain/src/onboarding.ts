/**
 * The seller onboarding vocabulary shared by the backend (validation, `GET /sellers/me/onboarding`)
 * and the seller portal (wizard steps, document picker). Defined once here.
 */

/** The onboarding wizard's steps, in order. */
export const ONBOARDING_STEPS = ["business", "identity", "address", "production", "people", "story", "documents"] as const;
export type OnboardingStepId = (typeof ONBOARDING_STEPS)[number];

/** Kinds of private document a seller can upload (issue #3). */
export const DOCUMENT_KINDS = ["nib", "npwp", "ktp", "trademark", "bpjs", "ipal_letter", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Documents the operator needs before reviewing a shop: NIB, NPWP (or NIK) and the owner's KTP. */
export const REQUIRED_DOCUMENT_KINDS = ["nib", "npwp", "ktp"] as const satisfies readonly DocumentKind[];

/** Largest document or image a seller may upload. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
