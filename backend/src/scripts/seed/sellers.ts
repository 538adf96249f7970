import type { ScaleBasis, Technique, WastewaterMethod } from "@canting/domain"

/**
 * Fictional demo workshops. Names, people and numbers are invented; every story says so. Each one's
 * application matches its status: an approved or submitted workshop has filled in every onboarding
 * step (owner, phone, address, identity, production, people, story), a draft one has not.
 * Identity numbers start 999 and phone numbers are mostly zeros: placeholders that fit the format
 * checks and belong to no one.
 */
export type DemoSeller = {
  handle: string
  name: string
  status: "approved" | "submitted" | "draft"
  sentra: string
  owner_name: string
  phone?: string
  identity?: { nib: string; npwp: string; kbli: string[]; scale_basis: ScaleBasis; declared_amount_idr: number }
  techniques: Technique[]
  founded_year?: number
  capacity?: { technique: Technique; units_per_month: number; lead_time_days: number }[]
  workforce_total?: number
  workforce_bpjs?: number
  apprentices_under_25?: number
  wastewater_method?: WastewaterMethod
  ipal_name?: string
  story?: { id: string; en: string }
}

/** The application facts every submitted demo workshop has, numbered n (identity, owner, phone). */
const filed = (n: number, owner: string) => ({
  owner_name: `${owner} (Demo)`,
  phone: `+62 800 0000 ${String(n).padStart(4, "0")}`,
  identity: {
    nib: `999000000000${n}`, npwp: `999000000000000${n}`, kbli: ["13134"],
    scale_basis: "modal_usaha" as const, declared_amount_idr: 150_000_000 + n * 50_000_000,
  },
})

const DEMO_ID = "Ini toko demo Canting: nama, orang dan angkanya fiktif."
const DEMO_EN = "This is a Canting demo shop: its name, people and numbers are fictional."

export const DEMO_SELLERS: DemoSeller[] = [
  {
    handle: "sekar-kauman-demo", status: "approved", ...filed(1, "Ibu Sekar"),
    capacity: [{ technique: "batik_tulis", units_per_month: 20, lead_time_days: 45 }, { technique: "batik_kombinasi", units_per_month: 60, lead_time_days: 21 }],
    name: "Batik Sekar Kauman (Demo)", sentra: "kauman",
    techniques: ["batik_tulis", "batik_kombinasi"], founded_year: 1987,
    workforce_total: 14, workforce_bpjs: 12, apprentices_under_25: 2,
    wastewater_method: "communal_ipal", ipal_name: "IPAL Komunal Kauman",
    story: {
      id: `Usaha batik keluarga di kampung batik Kauman yang membatik tulis motif jlamprang dan buketan. ${DEMO_ID}`,
      en: `A family batik workshop in the Kauman batik quarter, drawing jlamprang and buketan motifs in hot wax with the canting pen. ${DEMO_EN}`,
    },
  },
  {
    handle: "cap-pesindon-demo", status: "approved", ...filed(2, "Bapak Rahmat"),
    capacity: [{ technique: "batik_cap", units_per_month: 300, lead_time_days: 14 }, { technique: "batik_kombinasi", units_per_month: 80, lead_time_days: 21 }],
    name: "Rumah Cap Pesindon (Demo)", sentra: "pesindon",
    techniques: ["batik_cap", "batik_kombinasi"], founded_year: 1998,
    workforce_total: 22, workforce_bpjs: 15, apprentices_under_25: 3,
    wastewater_method: "own_ipal", ipal_name: "IPAL Rumah Cap Pesindon",
    story: {
      id: `Usaha batik cap di Pesindon yang mengecap kain mori prima untuk sarung dan kemeja. ${DEMO_ID}`,
      en: `A hand-stamped batik workshop in Pesindon, stamping mori prima cotton for sarongs and shirts. ${DEMO_EN}`,
    },
  },
  {
    handle: "jenggot-alam-demo", status: "approved", ...filed(3, "Ibu Warsini"),
    capacity: [{ technique: "batik_tulis", units_per_month: 12, lead_time_days: 60 }],
    name: "Sanggar Warna Alam Jenggot (Demo)", sentra: "jenggot",
    techniques: ["batik_tulis"], founded_year: 2009,
    workforce_total: 9, workforce_bpjs: 9, apprentices_under_25: 3,
    wastewater_method: "communal_ipal", ipal_name: "IPAL Komunal Jenggot",
    story: {
      id: `Sanggar batik tulis pewarna alam: indigofera, tingi, jalawe dan mangrove. ${DEMO_ID}`,
      en: `A hand-drawn batik studio using natural dyes: indigofera, tingi, jalawe and mangrove. ${DEMO_EN}`,
    },
  },
  {
    handle: "pasirsari-tekstil-demo", status: "approved", ...filed(4, "Bapak Hendra"),
    capacity: [{ technique: "batik_cap", units_per_month: 200, lead_time_days: 14 }, { technique: "tiruan_batik_printing", units_per_month: 1500, lead_time_days: 7 }],
    name: "Pasirsari Tekstil Motif (Demo)", sentra: "pasirsari",
    techniques: ["batik_cap", "tiruan_batik_printing"], founded_year: 2005,
    workforce_total: 30, workforce_bpjs: 12, apprentices_under_25: 4,
    wastewater_method: "none",
    story: {
      id: `Menjual batik cap dan tekstil bermotif batik (printing) dengan label jujur: printing bukan batik. ${DEMO_ID}`,
      en: `Sells hand-stamped batik and batik-pattern prints, labelled honestly: a print is not batik. ${DEMO_EN}`,
    },
  },
  {
    handle: "pringrejo-kombinasi-demo", status: "approved", ...filed(5, "Ibu Laila"),
    capacity: [{ technique: "batik_kombinasi", units_per_month: 90, lead_time_days: 21 }, { technique: "batik_cap", units_per_month: 150, lead_time_days: 14 }],
    name: "Batik Pringrejo Kombinasi (Demo)", sentra: "pringrejo",
    techniques: ["batik_kombinasi", "batik_cap", "paduan_tiruan_batik"], founded_year: 2012,
    workforce_total: 17, workforce_bpjs: 10, apprentices_under_25: 5,
    wastewater_method: "communal_ipal", ipal_name: "IPAL Komunal Pringrejo",
    story: {
      id: `Memadukan canting cap dan canting tulis untuk motif Djawa Hokokai dan pagi-sore. ${DEMO_ID}`,
      en: `Combines stamping and hand-drawing for Djawa Hokokai and pagi-sore designs. ${DEMO_EN}`,
    },
  },
  {
    handle: "banyurip-indigo-demo", status: "approved", ...filed(6, "Bapak Yusuf"),
    capacity: [{ technique: "batik_tulis", units_per_month: 10, lead_time_days: 45 }, { technique: "batik_cap", units_per_month: 40, lead_time_days: 21 }],
    name: "Banyurip Indigo (Demo)", sentra: "banyurip",
    techniques: ["batik_tulis", "batik_cap"], founded_year: 2016,
    workforce_total: 6, workforce_bpjs: 4, apprentices_under_25: 2,
    wastewater_method: "natural_dye_only",
    story: {
      id: `Usaha batik kecil yang hanya memakai pewarna alam, terutama indigo dari daun indigofera. ${DEMO_ID}`,
      en: `A small batik workshop using natural dyes only, mostly indigo from indigofera leaves. ${DEMO_EN}`,
    },
  },
  // Waiting for the operator: a complete application, its papers not yet reviewed.
  {
    handle: "pesindon-baru-demo", name: "Batik Pesindon Baru (Demo)", status: "submitted", sentra: "pesindon", ...filed(7, "Ibu Ratna"),
    techniques: ["batik_cap"], founded_year: 2021,
    capacity: [{ technique: "batik_cap", units_per_month: 60, lead_time_days: 21 }],
    workforce_total: 5, workforce_bpjs: 2, apprentices_under_25: 2,
    wastewater_method: "communal_ipal", ipal_name: "IPAL Komunal Pesindon",
    story: {
      id: `Usaha batik cap baru di Pesindon yang baru mendaftar di Canting dan menunggu pemeriksaan. ${DEMO_ID}`,
      en: `A new hand-stamped batik workshop in Pesindon that has just applied to Canting and awaits review. ${DEMO_EN}`,
    },
  },
  // Signed up, wizard barely started: what a new workshop sees.
  {
    handle: "jenggot-muda-demo", name: "Batik Jenggot Muda (Demo)", status: "draft", sentra: "jenggot",
    owner_name: "Bapak Dimas (Demo)", techniques: [],
  },
]
