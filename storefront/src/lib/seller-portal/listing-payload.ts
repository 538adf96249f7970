import { FIXERS, MOTIFS, NATURAL_DYES, SYNTHETIC_DYES } from "@canting/domain";
import { number, text } from "./form-values";
import { MAX_TIERS, TIER_INPUTS, termsBody, tiersFor } from "./trade-terms";

/** The inputs of the listing form that field errors attach to (variant rows are added per row). */
export const LISTING_INPUTS = [
  "title.id", "title.en", "description.id", "description.en", "technique", "dye_family", "fabric", "form", "motifs",
  "length_cm", "width_cm", "images", "variants", "status",
  "natural_dyes", "synthetic_dyes", "fixers", "fibre_composition", "fibre_composition.0.fibre", "fibre_composition.0.percent",
  "fibre_composition.1.fibre", "fibre_composition.1.percent", "fibre_composition.2.fibre", "fibre_composition.2.percent", "origin_kelurahan", "artisans", "hs_code",
  "wholesale", "min_order_quantity", "low_stock_threshold",
] as const;

/** Fibre rows the listing form offers (a blend rarely has more than three fibres). */
export const FIBRE_ROWS = 3;

export const VARIANT_INPUTS = ["size", "colour", "prices.idr", "prices.usd", "stock"] as const;

/** A variant's tier inputs (`tiers`, `tiers.<n>.min_quantity`, …), for as many rows as a variant may have. */
export const TIER_INPUT_NAMES = ["tiers", ...Array.from({ length: MAX_TIERS }, (_, n) => Object.values(TIER_INPUTS).map((c) => `tiers.${n}.${c}`)).flat()];

/** Every input name of a form with `rows` variant rows. */
export const listingInputs = (rows: number): string[] => [
  ...LISTING_INPUTS,
  ...Array.from({ length: rows }, (_, i) => [`variants.${i}`, ...[...VARIANT_INPUTS, ...TIER_INPUT_NAMES].map((n) => `variants.${i}.${n}`)]).flat(),
];


const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** How many variant rows the form posted (`variants.<i>.*`). */
export function variantRows(fd: FormData): number {
  let rows = 0;
  for (const key of fd.keys()) {
    const m = /^variants\.(\d+)\./.exec(key);
    if (m) rows = Math.max(rows, Number(m[1]) + 1);
  }
  return rows;
}

/** Ticked codes of a checkbox group, keeping only known ones. */
const codes = (fd: FormData, name: string, known: readonly string[]) =>
  fd.getAll(name).filter((v): v is string => typeof v === "string" && known.includes(v));

/**
 * The fibre rows (`fibre_composition.<i>.fibre|percent`, the backend's own paths so its errors land on
 * the inputs) as `[{ fibre, percent }]`; rows without a fibre are skipped, none at all sends nothing.
 * A bad percent is sent as typed so the backend names it.
 */
function fibreComposition(fd: FormData): { fibre: string; percent: number | string }[] | undefined {
  const rows = Array.from({ length: FIBRE_ROWS }, (_, i) => ({
    fibre: text(fd, `fibre_composition.${i}.fibre`), percent: number(fd, `fibre_composition.${i}.percent`, false, true),
  })).filter((r) => r.fibre);
  return rows.length ? rows.map((r) => ({ fibre: r.fibre!, percent: r.percent ?? "" })) : undefined;
}

/**
 * The `POST /sellers/me/products[/:id]` body from the listing form. Creating sends the variants and
 * the status ("publish now" ticked → published); editing sends neither (variants are read-only there,
 * publishing is done from the list). Empty English fields are left out so editing keeps the English text.
 * Trade terms and tiers: trade-terms.ts.
 */
export function listingPayload(fd: FormData, mode: "create" | "edit"): Record<string, unknown> {
  const titleId = text(fd, "title.id");
  const titleEn = text(fd, "title.en");
  const descriptionId = mode === "edit" ? String(fd.get("description.id") ?? "").trim() : text(fd, "description.id");
  const descriptionEn = text(fd, "description.en");
  const images = fd.getAll("images").filter((u): u is string => typeof u === "string" && u !== "");
  const body: Record<string, unknown> = defined({
    title: defined({ id: titleId ?? (mode === "create" ? "" : undefined), en: titleEn }),
    description: descriptionId !== undefined || descriptionEn ? defined({ id: descriptionId, en: descriptionEn }) : undefined,
    technique: text(fd, "technique"),
    dye_family: text(fd, "dye_family"),
    fabric: text(fd, "fabric"),
    form: text(fd, "form"),
    motifs: fd.getAll("motifs").filter((m): m is string => typeof m === "string" && (MOTIFS as readonly string[]).includes(m)),
    natural_dyes: codes(fd, "natural_dyes", NATURAL_DYES),
    synthetic_dyes: codes(fd, "synthetic_dyes", SYNTHETIC_DYES),
    fixers: codes(fd, "fixers", FIXERS),
    fibre_composition: fibreComposition(fd),
    origin_kelurahan: mode === "edit" ? String(fd.get("origin_kelurahan") ?? "").trim() || undefined : text(fd, "origin_kelurahan"),
    artisans: fd.has("artisans") ? String(fd.get("artisans") ?? "").split(/\r?\n/).map((a) => a.trim()).filter(Boolean) : undefined,
    hs_code: text(fd, "hs_code")?.replace(/[.\s]/g, ""),
    length_cm: number(fd, "length_cm", false, true),
    width_cm: number(fd, "width_cm", false, true),
    images: mode === "edit" || images.length ? images : undefined,
    ...termsBody(fd, mode),
  });
  if (mode === "edit" && Object.keys(body.title as object).length === 0) delete body.title;
  if (mode === "create") {
    body.status = fd.get("publish") === "on" ? "published" : "draft";
    body.variants = Array.from({ length: variantRows(fd) }, (_, i) => defined({
      size: text(fd, `variants.${i}.size`),
      colour: text(fd, `variants.${i}.colour`),
      prices: defined({ idr: number(fd, `variants.${i}.prices.idr`, true), usd: number(fd, `variants.${i}.prices.usd`, false, true) }),
      stock: number(fd, `variants.${i}.stock`, true),
      tiers: tiersFor(fd, `variants.${i}.`, "create"),
    }));
  }
  return body;
}
