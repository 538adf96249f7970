/** Certification schemes a production or eco tag can point to (domain-batik.md §2, §6.2). */
export const CERT_SCHEMES = [
  "batikmark", "sni_sppt_batik", "sih_industri_hijau_batik", "ekolabel_tipe1",
  "ekolabel_tipe2_swadeklarasi", "ipal_effluent_test", "oeko_tex_std100", "gots",
  "halal_bpjph", "lsp_competency", "other",
] as const;
export type CertScheme = (typeof CERT_SCHEMES)[number];

/** Export and digital-marketing training programmes (domain-batik.md §4.5, §6.4). */
export const TRAINING_PROGRAMS = [
  "ppei_export_coaching_program", "ppei_short_course", "dinas_pekalongan_export_training",
  "digital_marketing_training", "lpei_coaching_or_business_matching", "exhibition", "trade_mission", "other",
] as const;
export type TrainingProgram = (typeof TRAINING_PROGRAMS)[number];

/** Seller lifecycle: draft → submitted → approved | rejected | changes_requested; approved ↔ suspended. */
export const SELLER_STATUSES = ["draft", "submitted", "approved", "rejected", "changes_requested", "suspended"] as const;
export type SellerStatus = (typeof SELLER_STATUSES)[number];

/** How a workshop handles its wastewater (domain-batik.md §2.5, §6.1). */
export const WASTEWATER_METHODS = ["communal_ipal", "own_ipal", "natural_dye_only", "none"] as const;
export type WastewaterMethod = (typeof WASTEWATER_METHODS)[number];

/** UMKM scale bands per PP 7/2021 Art. 35 (domain-batik.md §3.1). */
export const UMKM_SCALES = ["mikro", "kecil", "menengah", "besar"] as const;
export type UmkmScale = (typeof UMKM_SCALES)[number];

/** Batik sentra (production clusters) of Kota Pekalongan (domain-batik.md §0, §2.5). */
export const SENTRA = ["kauman", "pesindon", "jenggot", "pasirsari", "pringrejo", "banyurip"] as const;
export type Sentra = (typeof SENTRA)[number];
