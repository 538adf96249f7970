import type { Product, ProductSummary } from "@/lib/types";

export const tulis: ProductSummary = {
  id: "prod_tulis",
  handle: "kain-jlamprang-indigo",
  title: "Kain Jlamprang Indigo",
  subtitle: null,
  thumbnail: "http://localhost:9000/static/jlamprang.jpg",
  price: { amount: 350000, currency: "idr" },
  priceFrom: false,
  technique: "batik_tulis",
  seller: { id: "sel_1", handle: "batik-kauman", name: "Batik Kauman", sentra: "kauman", city: "Kota Pekalongan" },
  demo: true,
};

export const printed: ProductSummary = {
  ...tulis,
  id: "prod_print",
  handle: "kain-motif-buketan-print",
  title: "Kain Motif Buketan",
  technique: "tiruan_batik_printing",
  price: { amount: 24.5, currency: "usd" },
};

export const tulisDetail: Product = {
  ...tulis,
  description: "Dilukis tangan.",
  translated: { title: true, subtitle: true, description: true },
  images: [{ url: tulis.thumbnail!, variants: [] }],
  facts: {
    technique: "batik_tulis",
    dyeFamily: "natural",
    naturalDyes: ["indigofera"],
    syntheticDyes: [],
    fabric: "mori_primissima",
    form: "kain_panjang",
    motifs: ["jlamprang"],
    lengthCm: 250,
    widthCm: 115,
  },
};
