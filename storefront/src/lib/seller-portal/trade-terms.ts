/**
 * A listing's trade terms in the seller portal: wholesale, minimum order, low-stock alert and each
 * variant's price tiers. Reading them out of the form (what the backend is sent) and the checks the
 * form runs as the seller types, mirroring backend/src/workflows/seller-product/price-tiers.ts and
 * trade-terms.ts so a mistake is heard at once; the backend still decides and its answer is shown.
 */
import type { ErrorKey } from "@/lib/result";
import { numberFrom, text } from "./form-values";

/** Quantity breaks one variant may have (the backend's MAX_TIERS). */
export const MAX_TIERS = 5;
/** Highest minimum order the backend accepts; more is a request for quotation. */
export const MAX_MIN_ORDER_QUANTITY = 10_000;
/** The alert level the backend assumes when a listing has none. */
export const LOW_STOCK_DEFAULT = 2;
export const MAX_LOW_STOCK = 1000;
const MAX_QUANTITY = 1_000_000;

/** One tier row as typed: from, to (empty means "and more"), unit prices in rupiah and dollars. */
export type TierValues = { min: string; max: string; idr: string; usd: string };
export const EMPTY_TIER: TierValues = { min: "", max: "", idr: "", usd: "" };

/** The inputs of a tier row, named as the backend names its errors (`tiers.1.min_quantity`). */
export const TIER_INPUTS = { min: "min_quantity", max: "max_quantity", idr: "prices.idr", usd: "prices.usd" } as const satisfies Record<keyof TierValues, string>;
export const tierName = (prefix: string, row: number, cell: keyof TierValues) => `${prefix}tiers.${row}.${TIER_INPUTS[cell]}`;
/** Present (hidden) once the seller changed a variant's tiers; an edit sends `tiers` only then. */
export const tiersEditedName = (prefix: string) => `${prefix}tiers.edited`;

const isBlank = (r: TierValues) => !r.min.trim() && !r.max.trim() && !r.idr.trim() && !r.usd.trim();

/** The rows without the empty ones at the end: an added row left empty is not a tier. */
export function withoutTrailingBlanks(rows: TierValues[]): TierValues[] {
  const out = [...rows];
  while (out.length && isBlank(out[out.length - 1])) out.pop();
  return out;
}

/**
 * The tier rows posted under `prefix` (`variants.0.` on create, nothing in a variant row), in order.
 * Trailing empty rows are dropped; an empty row between filled ones stays, so the backend's
 * `tiers.<n>` still points at the row the seller sees.
 */
export function tierValues(fd: FormData, prefix: string): TierValues[] {
  const pattern = new RegExp(`^${prefix.replace(/\./g, "\\.")}tiers\\.(\\d+)\\.`);
  let count = 0;
  for (const key of fd.keys()) {
    const m = pattern.exec(key);
    if (m) count = Math.max(count, Number(m[1]) + 1);
  }
  return withoutTrailingBlanks(Array.from({ length: count }, (_, i) => {
    const get = (cell: keyof TierValues) => String(fd.get(tierName(prefix, i, cell)) ?? "");
    return { min: get("min"), max: get("max"), idr: get("idr"), usd: get("usd") };
  }));
}

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Quantities and rupiah read like stock ("1.000" is a thousand); dollars take a decimal comma. */
const parse = (r: TierValues) => ({
  min: numberFrom(r.min, true), max: numberFrom(r.max, true), idr: numberFrom(r.idr, true), usd: numberFrom(r.usd, false, true),
});

/** The backend's `tiers`: numbers where the seller typed numbers, text as typed otherwise so the backend names it. */
export const tiersBody = (rows: TierValues[]) => rows.map((r) => {
  const p = parse(r);
  return defined({ min_quantity: p.min, max_quantity: p.max, prices: defined({ idr: p.idr, usd: p.usd }) });
});

/**
 * A variant's `tiers` for the backend: on create whenever rows were filled in; on an edit only when
 * the seller changed the table, because a left-out `tiers` keeps the stored ones and `[]` removes them.
 */
export function tiersFor(fd: FormData, prefix: string, mode: "create" | "edit"): ReturnType<typeof tiersBody> | undefined {
  const rows = tierValues(fd, prefix);
  if (mode === "edit") return fd.has(tiersEditedName(prefix)) ? tiersBody(rows) : undefined;
  return rows.length ? tiersBody(rows) : undefined;
}

type Code = "required" | "invalid" | "not_integer" | "out_of_range" | "too_long" | "tier_range" | "tier_overlap" | "tier_gap" | "tier_open_not_last" | "tier_price_rises";
const key = (code: Code) => `errors:${code}` as ErrorKey;

/** What is wrong with one typed whole number (`null` when it is fine or may be empty). */
function wholeNumber(v: number | string | undefined, min: number, max: number, required: boolean): Code | null {
  if (v === undefined) return required ? "required" : null;
  if (typeof v === "string") return "invalid";
  if (!Number.isInteger(v)) return "not_integer";
  return v < min || v > max ? "out_of_range" : null;
}

function unitPrice(v: number | string | undefined, currency: "idr" | "usd"): Code | null {
  if (v === undefined) return "required";
  if (typeof v === "string") return "invalid";
  if (currency === "idr" && !Number.isInteger(v)) return "not_integer";
  // Cents in floating point (0.29 * 100 is 28.999…): compare with a tolerance.
  if (currency === "usd" && Math.abs(Math.round(v * 100) - v * 100) > 1e-6) return "invalid";
  return v <= 0 || v > (currency === "idr" ? 1_000_000_000 : 100_000) ? "out_of_range" : null;
}

/**
 * The backend's tier rules, checked on what the seller typed: each cell on its own, then order,
 * contiguity and falling prices (the first tier not above the variant's own price `base`). Keys
 * are relative to the variant (`tiers.1.min_quantity`), the first problem per field wins.
 */
export function tierChecks(rows: TierValues[], base: { idr?: string; usd?: string } = {}): Record<string, ErrorKey> {
  const out: Record<string, ErrorKey> = {};
  const add = (field: string, code: Code) => { out[field] ??= key(code); };
  if (rows.length > MAX_TIERS) add("tiers", "too_long");
  const parsed = rows.map(parse);
  parsed.forEach((p, i) => {
    const at = (cell: keyof TierValues) => tierName("", i, cell);
    const problems = {
      min: wholeNumber(p.min, 1, MAX_QUANTITY, true), max: wholeNumber(p.max, 1, MAX_QUANTITY, false),
      idr: unitPrice(p.idr, "idr"), usd: unitPrice(p.usd, "usd"),
    };
    for (const [cell, code] of Object.entries(problems)) if (code) add(at(cell as keyof TierValues), code);
  });
  const baseParsed = { idr: numberFrom(base.idr, true), usd: numberFrom(base.usd, false, true) };
  parsed.forEach((p, i) => {
    const at = (cell: keyof TierValues) => tierName("", i, cell);
    const prev = parsed[i - 1];
    if (typeof p.min === "number" && typeof p.max === "number" && p.max < p.min) add(at("max"), "tier_range");
    if (prev) {
      if (prev.max === undefined) add(tierName("", i - 1, "max"), "tier_open_not_last");
      else if (typeof prev.max === "number" && typeof p.min === "number") {
        if (p.min <= prev.max) add(at("min"), "tier_overlap");
        else if (p.min !== prev.max + 1) add(at("min"), "tier_gap");
      }
    }
    for (const currency of ["idr", "usd"] as const) {
      const ceiling = prev ? prev[currency] : baseParsed[currency];
      const price = p[currency];
      if (typeof ceiling === "number" && typeof price === "number" && price > ceiling) add(at(currency), "tier_price_rises");
    }
  });
  return out;
}

/** The listing's terms as typed: wholesale ticked, the HS code, the minimum and the alert level. */
export type TermValues = { wholesale: boolean; hsCode: string; moq: string; lowStock: string };

/** The backend's checks of the terms, at the fields it names (the HS code one lands on `hs_code`). */
export function termChecks(v: TermValues): Record<string, ErrorKey> {
  const out: Record<string, ErrorKey> = {};
  if (v.wholesale && !v.hsCode.trim()) out.hs_code = "errors:hs_code_required_wholesale";
  const moq = v.wholesale ? wholeNumber(numberFrom(v.moq, true), 1, MAX_MIN_ORDER_QUANTITY, false) : null;
  if (moq) out.min_order_quantity = key(moq);
  const lowStock = wholeNumber(numberFrom(v.lowStock, true), 0, MAX_LOW_STOCK, false);
  if (lowStock) out.low_stock_threshold = key(lowStock);
  return out;
}

/** Hidden inputs carry the listing's stored terms, so an edit can tell what the seller changed. */
export const initialName = (field: "wholesale" | "min_order_quantity" | "low_stock_threshold") => `initial.${field}`;

/**
 * `wholesale`, `min_order_quantity` and `low_stock_threshold` for the listing body. Creating sends
 * what was filled in. Editing sends only what differs from the stored terms (hidden `initial.*`),
 * so saving a typo fix leaves the terms alone; an emptied minimum is sent as 1 (no minimum, as the
 * backend reads it) and an emptied alert level as the default, since neither field can be unset.
 * An unticked wholesale box disables the minimum input, so no minimum is posted with it.
 */
export function termsBody(fd: FormData, mode: "create" | "edit"): Record<string, unknown> {
  const wholesale = fd.get("wholesale") === "on";
  const moq = wholesale ? text(fd, "min_order_quantity") : undefined;
  const lowStock = text(fd, "low_stock_threshold");
  if (mode === "create") {
    return defined({
      wholesale: wholesale || undefined,
      min_order_quantity: numberFrom(moq, true),
      low_stock_threshold: numberFrom(lowStock, true),
    });
  }
  const changed = (name: Parameters<typeof initialName>[0], now: string | undefined) => (now ?? "") !== (text(fd, initialName(name)) ?? "");
  return defined({
    wholesale: wholesale !== (fd.get(initialName("wholesale")) === "on") ? wholesale : undefined,
    min_order_quantity: wholesale && changed("min_order_quantity", moq) ? numberFrom(moq, true) ?? 1 : undefined,
    low_stock_threshold: changed("low_stock_threshold", lowStock) ? numberFrom(lowStock, true) ?? LOW_STOCK_DEFAULT : undefined,
  });
}
