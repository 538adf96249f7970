import type { Technique, WastewaterMethod } from "@canting/domain"

/** Fictional demo workshops. Names, people and numbers are invented; every story says so. */
export type DemoSeller = {
  handle: string
  name: string
  sentra: string
  techniques: Technique[]
  founded_year: number
  workforce_total: number
  workforce_bpjs: number
  apprentices_under_25: number
  wastewater_method: WastewaterMethod
  ipal_name?: string
  story: { id: string; en: string }
}

const DEMO_ID = "Ini toko demo Canting: nama, orang dan angkanya fiktif."
const DEMO_EN = "This is a Canting demo shop: its name, people and numbers are fictional."

export const DEMO_SELLERS: DemoSeller[] = [
  {
    handle: "sekar-kauman-demo", name: "Batik Sekar Kauman (Demo)", sentra: "kauman",
    techniques: ["batik_tulis", "batik_kombinasi"], founded_year: 1987,
    workforce_total: 14, workforce_bpjs: 12, apprentices_under_25: 2,
    wastewater_method: "communal_ipal", ipal_name: "IPAL Komunal Kauman",
    story: {
      id: `Usaha batik keluarga di kampung batik Kauman yang membatik tulis motif jlamprang dan buketan. ${DEMO_ID}`,
      en: `A family batik workshop in the Kauman batik quarter, drawing jlamprang and buketan motifs in hot wax with the canting pen. ${DEMO_EN}`,
    },
  },
  {
    handle: "cap-pesindon-demo", name: "Rumah Cap Pesindon (Demo)", sentra: "pesindon",
    techniques: ["batik_cap", "batik_kombinasi"], founded_year: 1998,
    workforce_total: 22, workforce_bpjs: 15, apprentices_under_25: 3,
    wastewater_method: "own_ipal", ipal_name: "IPAL Rumah Cap Pesindon",
    story: {
      id: `Usaha batik cap di Pesindon yang mengecap kain mori prima untuk sarung dan kemeja. ${DEMO_ID}`,
      en: `A hand-stamped batik workshop in Pesindon, stamping mori prima cotton for sarongs and shirts. ${DEMO_EN}`,
    },
  },
  {
    handle: "jenggot-alam-demo", name: "Sanggar Warna Alam Jenggot (Demo)", sentra: "jenggot",
    techniques: ["batik_tulis"], founded_year: 2009,
    workforce_total: 9, workforce_bpjs: 9, apprentices_under_25: 3,
    wastewater_method: "communal_ipal", ipal_name: "IPAL Komunal Jenggot",
    story: {
      id: `Sanggar batik tulis pewarna alam: indigofera, tingi, jalawe dan mangrove. ${DEMO_ID}`,
      en: `A hand-drawn batik studio using natural dyes: indigofera, tingi, jalawe and mangrove. ${DEMO_EN}`,
    },
  },
  {
    handle: "pasirsari-tekstil-demo", name: "Pasirsari Tekstil Motif (Demo)", sentra: "pasirsari",
    techniques: ["batik_cap", "tiruan_batik_printing"], founded_year: 2005,
    workforce_total: 30, workforce_bpjs: 12, apprentices_under_25: 4,
    wastewater_method: "none",
    story: {
      id: `Menjual batik cap dan tekstil bermotif batik (printing) dengan label jujur: printing bukan batik. ${DEMO_ID}`,
      en: `Sells hand-stamped batik and batik-pattern prints, labelled honestly: a print is not batik. ${DEMO_EN}`,
    },
  },
  {
    handle: "pringrejo-kombinasi-demo", name: "Batik Pringrejo Kombinasi (Demo)", sentra: "pringrejo",
    techniques: ["batik_kombinasi", "batik_cap", "paduan_tiruan_batik"], founded_year: 2012,
    workforce_total: 17, workforce_bpjs: 10, apprentices_under_25: 5,
    wastewater_method: "communal_ipal", ipal_name: "IPAL Komunal Pringrejo",
    story: {
      id: `Memadukan canting cap dan canting tulis untuk motif Djawa Hokokai dan pagi-sore. ${DEMO_ID}`,
      en: `Combines stamping and hand-drawing for Djawa Hokokai and pagi-sore designs. ${DEMO_EN}`,
    },
  },
  {
    handle: "banyurip-indigo-demo", name: "Banyurip Indigo (Demo)", sentra: "banyurip",
    techniques: ["batik_tulis", "batik_cap"], founded_year: 2016,
    workforce_total: 6, workforce_bpjs: 4, apprentices_under_25: 2,
    wastewater_method: "natural_dye_only",
    story: {
      id: `Usaha batik kecil yang hanya memakai pewarna alam, terutama indigo dari daun indigofera. ${DEMO_ID}`,
      en: `A small batik workshop using natural dyes only, mostly indigo from indigofera leaves. ${DEMO_EN}`,
    },
  },
]
