import type { UmkmScale } from "./trust.js";

/** What a UMKM scale is computed from (PP 7/2021 Art. 35, domain-batik.md §3.1). */
export const SCALE_BASES = ["modal_usaha", "hasil_penjualan_tahunan"] as const;
export type ScaleBasis = (typeof SCALE_BASES)[number];

const MILIAR = 1_000_000_000;
/** Upper bounds (inclusive) in rupiah for mikro, kecil and menengah; above the last is besar. */
export const UMKM_THRESHOLDS: Record<ScaleBasis, [number, number, number]> = {
  modal_usaha: [1 * MILIAR, 5 * MILIAR, 10 * MILIAR],
  hasil_penjualan_tahunan: [2 * MILIAR, 15 * MILIAR, 50 * MILIAR],
};

/** The UMKM scale for a declared capital or annual sales in rupiah (PP 7/2021 Art. 35). */
export function umkmScale(basis: ScaleBasis, amountIdr: number): UmkmScale {
  if (!Number.isFinite(amountIdr) || amountIdr < 0) throw new RangeError("amount must be a non-negative number of rupiah");
  const [mikro, kecil, menengah] = UMKM_THRESHOLDS[basis];
  if (amountIdr <= mikro) return "mikro";
  if (amountIdr <= kecil) return "kecil";
  if (amountIdr <= menengah) return "menengah";
  return "besar";
}

/** NIB from OSS: 13 digits (domain-batik.md §3.2). */
export const NIB_PATTERN = /^\d{13}$/;
/**
 * NPWP: 16 digits, the NPWP16 or the NIK used as NPWP (PMK 112/2022); separators allowed on input.
 * Since 1 July 2024 (PMK 136/2023) the old 15-digit NPWP is no longer valid (domain-batik.md §3.3).
 */
export const NPWP_PATTERN = /^\d{16}$/;
/** The retired 15-digit NPWP, refused with its own message so the seller knows why. */
export const NPWP_OLD_PATTERN = /^\d{15}$/;
/** Why an NPWP (separators already removed) is refused, as an error code; null when it is valid. */
export function npwpError(value: string): "npwp_old_format" | "npwp_format" | null {
  if (NPWP_PATTERN.test(value)) return null;
  return NPWP_OLD_PATTERN.test(value) ? "npwp_old_format" : "npwp_format";
}
/** KBLI 2020 codes are five digits; 13134 is "Industri Batik". */
export const KBLI_PATTERN = /^\d{5}$/;
export const KBLI_BATIK = "13134";

/** Strips the dots, dashes and spaces people type in NPWP and NIB numbers. */
export function normalizeIdNumber(value: string): string {
  return value.replace(/[\s.-]/g, "");
}
