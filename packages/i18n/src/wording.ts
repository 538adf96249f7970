/**
 * Words the site no longer uses, each with the word that replaced it. The one list behind
 * docs/glossary.md's "retired" column and `wording.test.ts`, which fails when one of them appears in
 * a locale file or in the demo seed text.
 */
export const RETIRED_WORDS = [
  { pattern: /\bbengkel/i, retired: "bengkel", use: "usaha batik (the business) / rumah produksi (the place)" },
  { pattern: /\b(di|me)lukis\b/i, retired: "dilukis / melukis (for batik tulis)", use: "ditulis / digoreskan dengan canting tulis; membatik tulis" },
  { pattern: /bukan batik murni/i, retired: "bukan batik murni", use: "bukan batik (SNI 8184)" },
  { pattern: /\bpasar batik/i, retired: "pasar batik (for the marketplace)", use: "lokapasar batik" },
  { pattern: /\blilin\b/i, retired: "lilin (for batik wax)", use: "malam; malam batik where \"malam\" alone could be misread" },
  { pattern: /tekstil motif batik/i, retired: "Tekstil motif batik", use: "tekstil bermotif batik" },
  { pattern: /\bsaring(an)?\b/i, retired: "saring / saringan", use: "filter" },
  { pattern: /zat peluntur/i, retired: "zat peluntur", use: "bahan kimia cabut warna (SNI 8184's wording)" },
  { pattern: /segera kedaluwarsa/i, retired: "segera kedaluwarsa", use: "segera berakhir (expired: kedaluwarsa)" },
  { pattern: /\bfiskos\b/i, retired: "fiskos (as a label)", use: "viskosa (rayon); \"fiskos\" stays only as a search synonym" },
] as const;
