import type { UmkmScale } from "./trust";

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
/** NPWP: 15 digits (old format) or 16 (NPWP16, or NIK used as NPWP since PMK 112/2022); separators allowed on input. */
export const NPWP_PATTERN = /^(\d{15}|\d{16})$/;
/** KBLI 2020 codes are five digits; 13134 is "Industri Batik". */
export const KBLI_PATTERN = /^\d{5}$/;
export const KBLI_BATIK = "13134";

/** Strips the dots, dashes and spaces people type in NPWP and NIB numbers. */
export function normalizeIdNumber(value: string): string {
  return value.replace(/[\s.\-]/g, "");
}
