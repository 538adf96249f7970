import { TECHNIQUES } from "./techniques.js";
import { DYE_FAMILIES, NATURAL_DYES, SYNTHETIC_DYES, FIXERS, FABRICS, PRODUCT_FORMS, MOTIFS, FIBRES } from "./materials.js";
import { BATIKMARK_TYPES, CERT_DISPLAY_STATES, CERT_STATUSES, CERT_SUBJECT_TYPES, ECO_TAGS, VERIFICATION_METHODS } from "./certification.js";
import { CERT_SCHEMES, TRAINING_PROGRAMS, SELLER_STATUSES, WASTEWATER_METHODS, UMKM_SCALES, SENTRA } from "./trust.js";

/**
 * Every labelled vocabulary, by i18n group. `packages/i18n` must hold a label for each
 * code of each group in each locale; its completeness test walks this map.
 */
export const VOCABULARY = {
  technique: TECHNIQUES,
  dyeFamily: DYE_FAMILIES,
  naturalDye: NATURAL_DYES,
  syntheticDye: SYNTHETIC_DYES,
  fixer: FIXERS,
  fabric: FABRICS,
  form: PRODUCT_FORMS,
  motif: MOTIFS,
  fibre: FIBRES,
  certScheme: CERT_SCHEMES,
  certStatus: CERT_STATUSES,
  certDisplayState: CERT_DISPLAY_STATES,
  certSubject: CERT_SUBJECT_TYPES,
  verificationMethod: VERIFICATION_METHODS,
  batikmarkType: BATIKMARK_TYPES,
  ecoTag: ECO_TAGS,
  trainingProgram: TRAINING_PROGRAMS,
  sellerStatus: SELLER_STATUSES,
  wastewater: WASTEWATER_METHODS,
  umkmScale: UMKM_SCALES,
  sentra: SENTRA,
} as const;
export type VocabularyGroup = keyof typeof VOCABULARY;
