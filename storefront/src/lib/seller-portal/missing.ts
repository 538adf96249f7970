import type { Resources } from "@canting/i18n";
import { DOCUMENT_KINDS, type DocumentKind } from "./types";

type Fields = Resources["common"]["sellerPortal"]["field"];
export type FieldLabelName = keyof Fields & string;

/** Every field with a label under `sellerPortal.field` (the type keeps the list and the JSON in step). */
export const FIELD_LABELS = [
  "name", "handle", "owner_name", "phone", "email", "sentra", "nib", "npwp", "kbli", "scale_basis",
  "declared_amount_idr", "street", "kelurahan", "kecamatan", "city", "province", "postcode", "founded_year",
  "techniques", "capacity", "units_per_month", "lead_time_days", "wastewater_method", "ipal_name",
  "workforce_total", "workforce_bpjs", "artisans_over_50", "apprentices_under_25", "story_id", "story_en",
  "logo_url", "banner_url",
] as const satisfies readonly FieldLabelName[];

/** The subset of a translate function these helpers need (server `Translate` and client `t` both fit). */
export type LabelT = (key: string, options?: Record<string, unknown>) => string;

/**
 * A label for a field key the backend names (`missing[]` of onboarding and submit, or an error's
 * `field`): `nib` → "NIB", `story.id` → "Cerita usaha (bahasa Indonesia)", `document:npwp` →
 * "Dokumen: NPWP atau NIK", `capacity.0.units_per_month` → "Kain per bulan". Unknown keys are
 * shown as they are, marked as another field, so nothing the backend asks for is hidden.
 */
export function fieldLabel(t: LabelT, key: string): string {
  const [prefix, kind] = key.split(":");
  if (prefix === "document" && kind) {
    const known = (DOCUMENT_KINDS as readonly string[]).includes(kind);
    return t("sellerPortal.missing.document", { kind: known ? t(`sellerPortal.documentKind.${kind as DocumentKind}`) : kind });
  }
  const parts = key.replace(/\[(\w+)\]/g, ".$1").split(".");
  const candidates = [parts.join("_"), parts.slice(0, 2).join("_"), parts[parts.length - 1], parts[0]];
  const hit = candidates.find((c) => (FIELD_LABELS as readonly string[]).includes(c));
  return hit ? t(`sellerPortal.field.${hit}`) : t("sellerPortal.missing.other", { field: key });
}
