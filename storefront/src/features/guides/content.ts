import type { Source } from "@/components/source-list";

/**
 * The guides: which copy keys each page shows and the sources its facts come from
 * (all from shared/research/domain-batik.md; docs/sources.md lists each fact with its source).
 * The copy itself is in the `guides` namespace.
 */
export const GUIDE_SLUGS = ["techniques", "motifs", "natural-dyes"] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

export type Guide = {
  /** Key prefix in the `guides` namespace. */
  key: "techniques" | "motifs" | "dyes";
  /** Entries rendered as cards, each with `name`, `body` and optionally `signs`. */
  entries: readonly string[];
  /**
   * Labels a card quotes, read from the vocabulary at render time so the guide quotes the very
   * words the site shows: entry → { placeholder in the copy → translation key }.
   */
  quotes?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Closing notes: pairs of `<titleKey, bodyKey>` under the same prefix. */
  notes: readonly (readonly [string, string])[];
  sources: readonly Source[];
};

export const GUIDES: Record<GuideSlug, Guide> = {
  techniques: {
    key: "techniques",
    entries: ["tulis", "cap", "kombinasi", "tiruan"],
    quotes: { tiruan: { printLabel: "vocab:technique.tiruan_batik_printing", paduanLabel: "vocab:technique.paduan_tiruan_batik" } },
    notes: [["ruleTitle", "rule"]],
    sources: [
      { label: "BSN — Jurus Kemenperin melestarikan batik nasional (SNI 0239:2019)", url: "https://bsn.go.id/main/berita/detail/11290/jurus-kemenperin-melestarikan-batik-nasional" },
      { label: "Pikiran Rakyat — SNI 0239:2014 dan SNI 8184:2015 (tiruan batik)", url: "https://bekasi.pikiran-rakyat.com/nasional/pr-12794089/teknologi-semakin-maju-cara-ini-dapat-anda-lakukan-untuk-bedakan-batik-tulis-dan-batik-cap?page=2" },
      { label: "IDX Channel — SNI 8302, 8303 dan 8304:2016/Amd.1:2019", url: "https://www.idxchannel.com/economics/banyak-produk-impor-tiruan-industri-batik-lokal-hadapi-tantangan-berat/3" },
      { label: "Tjantink Indonesia — ciri batik tulis menurut SNI 0239:2014", url: "https://tjantinkindonesia.wordpress.com/" },
      { label: "Batik Kirani — ukuran canting cap (blog)", url: "https://batikkirani.blogspot.com/" },
      { label: "Radio Kota Batik (Pemkot Pekalongan) — Wali Kota minta pengusaha batik jujur", url: "https://rkb.pekalongankota.go.id/berita21961-1-wali-kota-minta-pengusaha-batik-jujur-dengan-dagangannya.html" },
    ],
  },
  motifs: {
    key: "motifs",
    entries: ["jlamprang", "buketan", "hokokai", "encim"],
    notes: [["museumTitle", "museum"]],
    sources: [
      { label: "inibaru.id — motif batik Pekalongan dan pengaruh budaya asing", url: "https://inibaru.id/amp/tradisinesia/motif-batik-di-pekalongan-juga-terpengaruh-budaya-asing" },
      { label: "thephrase.id — batik tertua di Museum Batik Pekalongan", url: "https://thephrase.id/melihat-batik-tertua-di-museum-batik-pekalongan" },
      { label: "aroengbinang.com — Museum Batik Pekalongan", url: "https://www.aroengbinang.com/2018/04/museum-batik-pekalongan.html" },
    ],
  },
  "natural-dyes": {
    key: "dyes",
    entries: ["indigofera", "tingi", "mahoni", "jalawe", "mangrove"],
    notes: [["fixersTitle", "fixers"], ["caveatTitle", "caveat"]],
    sources: [
      { label: "Prosiding SNAST (AKPRIND) — zat warna alam batik", url: "https://ejournal.akprind.ac.id/index.php/prosidingsnast/article/view/1461" },
      { label: "Jurnal Rekayasa Proses (UGM) — mahoni", url: "https://journal.ugm.ac.id/jrekpros/article/view/54439" },
      { label: "Jurnal Litbang Kota Pekalongan — mangrove", url: "https://jurnal.pekalongankota.go.id/index.php/litbang/article/view/57" },
      { label: "Tribun Jateng — Lestari Batikku, Terlindungi Alamku (Hari Batik 2021)", url: "https://jateng.tribunnews.com/2021/10/03/pemkot-pekalongan-dorong-pemulihan-ekonomi-lewat-sektor-batik" },
    ],
  },
};

export const isGuideSlug = (s: string): s is GuideSlug => (GUIDE_SLUGS as readonly string[]).includes(s);
