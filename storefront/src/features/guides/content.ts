/**
 * The guides: which copy keys each page shows and the sources its facts come from
 * (all from shared/research/domain-batik.md). The copy itself is in the `guides` namespace.
 */
export const GUIDE_SLUGS = ["techniques", "motifs", "natural-dyes"] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

export type Guide = {
  /** Key prefix in the `guides` namespace. */
  key: "techniques" | "motifs" | "dyes";
  /** Entries rendered as cards, each with `name`, `body` and optionally `signs`. */
  entries: readonly string[];
  /** Closing notes: pairs of `<titleKey, bodyKey>` under the same prefix. */
  notes: readonly (readonly [string, string])[];
  sources: readonly { label: string; url: string }[];
};

export const GUIDES: Record<GuideSlug, Guide> = {
  techniques: {
    key: "techniques",
    entries: ["tulis", "cap", "kombinasi", "tiruan"],
    notes: [["ruleTitle", "rule"]],
    sources: [
      { label: "BSN / Kemenperin — SNI 0239:2019, SNI 8302/8303/8304", url: "https://bsn.go.id/main/berita/detail/11290/jurus-kemenperin-melestarikan-batik-nasional" },
      { label: "SNI 8184:2015 tiruan batik", url: "http://148.72.206.73/index.php/perbedaan-kain-batik-asli-dengan-tiruannya-menurut-pakar" },
      { label: "Radio Kota Batik — Wali Kota minta pengusaha batik jujur", url: "https://rkb.pekalongankota.go.id/berita21961-1-wali-kota-minta-pengusaha-batik-jujur-dengan-dagangannya.html" },
    ],
  },
  motifs: {
    key: "motifs",
    entries: ["jlamprang", "buketan", "hokokai", "pagisore", "encim", "liong"],
    notes: [["museumTitle", "museum"]],
    sources: [
      { label: "inibaru.id — motif batik Pekalongan dan pengaruh budaya asing", url: "https://inibaru.id/amp/tradisinesia/motif-batik-di-pekalongan-juga-terpengaruh-budaya-asing" },
      { label: "thephrase.id — batik tertua di Museum Batik Pekalongan", url: "https://thephrase.id/melihat-batik-tertua-di-museum-batik-pekalongan" },
      { label: "contohseni.com — motif batik Pekalongan", url: "https://contohseni.com/motif-batik-pekalongan/" },
    ],
  },
  "natural-dyes": {
    key: "dyes",
    entries: ["indigofera", "tingi", "jambal", "tegeran", "mahoni", "jalawe", "secang", "mangrove"],
    notes: [["fixersTitle", "fixers"], ["caveatTitle", "caveat"]],
    sources: [
      { label: "Prosiding SNAST (AKPRIND) — zat warna alam batik", url: "https://ejournal.akprind.ac.id/index.php/prosidingsnast/article/view/1461" },
      { label: "Soga: tingi, jambal, tegeran", url: "https://online.flipbuilder.com/iwsk/xwdu/files/basic-html/page48.html" },
      { label: "Jurnal Rekayasa Proses (UGM) — mahoni", url: "https://journal.ugm.ac.id/jrekpros/article/view/54439" },
      { label: "Jurnal Litbang Kota Pekalongan — mangrove", url: "http://jurnal.pekalongankota.go.id/index.php/litbang/article/view/57" },
      { label: "Kualitas limbah batik pewarna alami (IPB)", url: "https://id.scribd.com/document/528904172/adoc-pub-kualitas-limbah-batik-pewarna-alami-dan-toksisitas" },
      { label: "Tribun Jateng — Lestari Batikku, Terlindungi Alamku", url: "https://jateng.tribunnews.com/2021/10/03/pemkot-pekalongan-dorong-pemulihan-ekonomi-lewat-sektor-batik" },
    ],
  },
};

export const isGuideSlug = (s: string): s is GuideSlug => (GUIDE_SLUGS as readonly string[]).includes(s);
