/**
 * Texts a shopper sees, copied from packages/i18n/src/locales/{id,en}/*.json on purpose:
 * the suite asserts the words on screen, so a wrong key or a changed translation makes it fail.
 */
export type Locale = "id" | "en";
export const LOCALES: readonly Locale[] = ["id", "en"];

export type Technique =
  | "batik_tulis"
  | "batik_cap"
  | "batik_kombinasi"
  | "tiruan_batik_printing"
  | "paduan_tiruan_batik";

export const TECHNIQUE_LABEL: Record<Locale, Record<Technique, string>> = {
  id: {
    batik_tulis: "Batik tulis",
    batik_cap: "Batik cap",
    batik_kombinasi: "Batik kombinasi (tulis + cap)",
    tiruan_batik_printing: "Tekstil bermotif batik (printing, bukan batik)",
    paduan_tiruan_batik: "Paduan tiruan batik (bukan batik)",
  },
  en: {
    batik_tulis: "Hand-drawn batik (tulis)",
    batik_cap: "Hand-stamped batik (cap)",
    batik_kombinasi: "Combination batik (tulis + cap)",
    tiruan_batik_printing: "Batik-pattern print (not batik)",
    paduan_tiruan_batik: "Combined imitation batik (not batik)",
  },
};

export const TEXT = {
  id: {
    htmlLang: "id",
    collectionTitle: "Koleksi terbaru",
    imitationBadge: "Bukan batik (SNI 8184)",
    imitationTitle: "Kain ini bukan batik",
    notBatik: /bukan batik/i,
    notFoundTitle: "Halaman tidak ditemukan",
    notFoundBody: "Halaman yang Anda cari tidak ada atau sudah dipindahkan.",
    notFoundBackHome: "Kembali ke beranda",
    demoNotice: "Ini produk contoh untuk demonstrasi toko, bukan kain yang benar-benar dijual.",
    sellerProductsTitle: (name: string) => `Kain dari ${name}`,
  },
  en: {
    htmlLang: "en",
    collectionTitle: "New in the collection",
    imitationBadge: "Not batik (SNI 8184)",
    imitationTitle: "This cloth is not batik",
    notBatik: /not batik/i,
    notFoundTitle: "Page not found",
    notFoundBody: "The page you are looking for does not exist or has moved.",
    notFoundBackHome: "Back to the home page",
    demoNotice: "This is a demo listing that shows how the shop works; this piece is not really for sale.",
    sellerProductsTitle: (name: string) => `Cloth from ${name}`,
    untranslatedNote: "The seller has not written this in English yet; it is shown in Indonesian.",
  },
} as const;

/** The language links' accessible names (same in both locales): the visible code first, then the language's own name. */
export const LANGUAGE_LINK_NAME: Record<Locale, string> = { id: "ID (Bahasa Indonesia)", en: "EN (English)" };
