import { CHANGE_REQUEST_STATUSES, IDENTITY_FIELDS, type ChangeRequestStatus, type IdentityField } from "@canting/domain";
import { stepPayload } from "./payload";
import { text } from "./form-values";
import type { ErrorKey } from "@/lib/result";
import type { SellerAccount } from "./types";

/** Values of identity fields as the backend names and shapes them (`kbli` a list, `declared_amount_idr` a number). */
export type IdentityValues = Partial<Record<IdentityField, unknown>>;

/** One of the seller's requests to change its locked identity, as the portal shows it. */
export type ChangeRequest = {
  id: string;
  status: ChangeRequestStatus;
  changes: IdentityValues;
  previous: IdentityValues;
  reason: string;
  documentIds: string[];
  decidedAt: string | null;
  decisionNote: string | null;
  createdAt: string | null;
};

/** The inputs of the change request form; field errors attach to these. */
export const CHANGE_REQUEST_INPUTS: readonly string[] = [...IDENTITY_FIELDS, "fields", "reason", "document_ids"];

export const isIdentityField = (v: unknown): v is IdentityField => typeof v === "string" && (IDENTITY_FIELDS as readonly string[]).includes(v);

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (v && typeof v === "object" && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);
const identityOnly = (v: unknown): IdentityValues => Object.fromEntries(Object.entries(obj(v)).filter(([k]) => isIdentityField(k)));

/** Reshapes `GET /sellers/me/change-requests`, newest first. */
export function toChangeRequests(body: unknown): ChangeRequest[] {
  const list = obj(body).change_requests;
  if (!Array.isArray(list)) return [];
  return list
    .map(obj)
    .filter((r) => typeof r.id === "string" && (CHANGE_REQUEST_STATUSES as readonly unknown[]).includes(r.status))
    .map((r) => ({
      id: r.id as string,
      status: r.status as ChangeRequestStatus,
      changes: identityOnly(r.changes),
      previous: identityOnly(r.previous),
      reason: str(r.reason) ?? "",
      documentIds: Array.isArray(r.document_ids) ? r.document_ids.filter((d): d is string => typeof d === "string") : [],
      decidedAt: str(r.decided_at),
      decisionNote: str(r.decision_note),
      createdAt: str(r.created_at),
    }))
    .sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? ""));
}

/** The seller's current identity values, keyed and shaped as the backend names them. */
export const identityValues = (s: SellerAccount): Record<IdentityField, unknown> => ({
  name: s.name, handle: s.handle, owner_name: s.ownerName, nib: s.nib, npwp: s.npwp, kbli: s.kbli,
  scale_basis: s.scaleBasis, declared_amount_idr: s.declaredAmountIdr,
  street: s.street, kelurahan: s.kelurahan, kecamatan: s.kecamatan, city: s.city, province: s.province, postcode: s.postcode,
});

export type ChangeRequestPayload = { fields: IdentityField[]; changes: IdentityValues; reason?: string; documentIds: string[] };

/**
 * Reads the change request form: the ticked fields (identity fields only) and, for those alone, their
 * new values, typed the way the onboarding steps type them (digits only for NIB/NPWP, KBLI as a list).
 */
export function changeRequestPayload(fd: FormData): ChangeRequestPayload {
  const fields = IDENTITY_FIELDS.filter((f) => fd.getAll("fields").includes(f));
  const typed: Raw = { ...stepPayload("business", fd).body, ...stepPayload("identity", fd).body, ...stepPayload("address", fd).body };
  const changes = Object.fromEntries(fields.filter((f) => typed[f] !== undefined).map((f) => [f, typed[f]]));
  const documentIds = [...new Set(fd.getAll("document_ids").filter((d): d is string => typeof d === "string" && d !== ""))];
  return { fields, changes, reason: text(fd, "reason"), documentIds };
}

/** What the form lacks before it is worth sending: a ticked field, a value for each, a reason. */
export function changeRequestGaps({ fields, changes, reason }: ChangeRequestPayload): Record<string, ErrorKey> {
  const gaps: Record<string, ErrorKey> = {};
  if (!fields.length) gaps.fields = "errors.changeRequestNoField";
  for (const f of fields) if (changes[f] === undefined) gaps[f] = "errors:required";
  if (!reason) gaps.reason = "errors:required";
  return gaps;
}

/** The backend names new values `changes.<field>` and the whole set `changes`; the form names them `<field>` and `fields`. */
export const changeRequestInput = (field: string) => (field === "changes" ? "fields" : field.replace(/^changes\./, ""));
