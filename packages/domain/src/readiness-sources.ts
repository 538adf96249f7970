/**
 * What rubric v1 rests on, as links (every URL is cited in shared/research/domain-batik.md). The rubric
 * page shows them; the words describing each source are translations (`readiness:rubricPage.source.*`).
 * Shown links follow the site's source rules (docs/sources.md): https only, never a mirror such as Scribd.
 * No official Kemendag or PPEI export-readiness rubric exists (§4.6): the rubric is Canting's own.
 */

/** Sources per rubric item, where a rule rests on a regulation, a standard or a programme. */
export const RUBRIC_SOURCES: Readonly<Partial<Record<string, readonly string[]>>> = {
  // NIB from OSS (13 digits) and KBLI 13134 "Industri Batik" (§3.2, §2.3).
  A1: [
    "https://easybiz.id/nib-mengandung-8-informasi-penting-ini-apa-saja",
    "https://satoeasa.com/mengenal-apa-itu-nib-dan-izin-usaha-oss-rba",
    "https://infokotaonline.com/?p=3452",
  ],
  // NIK or NPWP16 since PMK 112/2022; the 15-digit NPWP invalid from 1 July 2024 under PMK 136/2023 (§3.3).
  A2: [
    "https://pajak.go.id/id/pengumuman/pemberian-layanan-pemadanan-nomor-pokok-wajib-pajak-secara-elektronik",
    "https://bayuherkuncahyo.com/nik-menjadi-npwp/",
    "https://ereg.pajak.go.id/ceknpwp",
  ],
  // Batik asli is tulis and cap; printing must be labelled truthfully (city radio, §0).
  B1: ["https://rkb.pekalongankota.go.id/berita21961-1-wali-kota-minta-pengusaha-batik-jujur-dengan-dagangannya.html"],
  // Batikmark "batik INDONESIA", Permenperin 74/M-IND/PER/9/2007, issued by BBSPJIKB (§2.1).
  B2: [
    "https://perindustrianlumajang.blogspot.com/2019/12/batikmark-batik-indonesia-selanjutnya.html",
    "https://bbkb.kemenperin.go.id/index.php/post/read/layanan_batikmark_0",
  ],
  // SNI 8302 / 8303 / 8304 batik cloth, SPPT SNI from a KAN-accredited LSPro (§2.2).
  B3: ["https://menara62.com/bsn-bina-ikm-di-jawa-timur-agar-menerapkan-sni"],
  // SIH 13134:2023 for batik, Permenperin 10/2023 (§2.3).
  D2: [
    "https://inforegulasi.com/2023/07/peraturan-menteri-perindustrian-nomor.html",
    "https://infokotaonline.com/?p=3452",
  ],
  // BPJS Ketenagakerjaan programmes JKK, JKM, JHT, JP, JKP (§3.4).
  D4: ["https://blog.payrollbozz.com/?p=20288"],
  // Kemendag's Export Coaching Program (PPEI), run with the provincial Disperindag (§4.5).
  E1: [
    "https://radarjawatengah.com/ekonomi/2022/06/09/ecp-keempat-cetak-30-eksportir-baru-di-jateng",
    "https://radioidola.com/2023/disperindag-jateng-beri-pendampingan-ke-umkm-berorientasi-ekspor",
  ],
};

/** What the rubric as a whole is built on (§6.3, §4.5, §0). */
export const RUBRIC_BASIS = ["bands", "three_k", "city"] as const;
export type RubricBasis = (typeof RUBRIC_BASIS)[number];
export const RUBRIC_BASIS_SOURCES: Readonly<Record<RubricBasis, readonly string[]>> = {
  // The 0–39 / 40–69 / 70–100 pattern, seen in an open-source Indonesian example (not official, §4.6).
  bands: ["https://github.com/icaluwu/ExportReadyAI/releases"],
  // ECP's "3K" barriers: kualitas, kuantitas, kontinuitas (§4.5): area C.
  three_k: [
    "https://radioidola.com/2023/disperindag-jateng-beri-pendampingan-ke-umkm-berorientasi-ekspor",
    "https://radarjawatengah.com/ekonomi/2022/06/09/ecp-keempat-cetak-30-eksportir-baru-di-jateng",
  ],
  // Kota Pekalongan's theme "Lestari Batikku, Terlindungi Alamku" and the batik economy's recovery (§0): areas D and E.
  city: ["https://jateng.tribunnews.com/2021/10/03/pemkot-pekalongan-dorong-pemulihan-ekonomi-lewat-sektor-batik"],
};
