import type { Source } from "@/components/source-list";

/**
 * Sources for the facts on the home page (UNESCO, Hari Batik, SNI, what the city of Pekalongan
 * said); each is listed with its fact in docs/sources.md.
 */
export const HOME_SOURCES: readonly Source[] = [
  { label: "Antara — Pekalongan raih predikat kota kreatif dari UNESCO (2014)", url: "https://www.antaranews.com/berita/467420/pekalongan-raih-predikat-kota-kreatif-dari-unesco" },
  { label: "kumau.info — Peringatan Hari Batik Nasional (Keppres 33/2009)", url: "https://www.kumau.info/peringatan-hari-batik-nasional" },
  { label: "BSN — Jurus Kemenperin melestarikan batik nasional (SNI 0239:2019)", url: "https://bsn.go.id/main/berita/detail/11290/jurus-kemenperin-melestarikan-batik-nasional" },
  { label: "Pikiran Rakyat — SNI 0239:2014 dan SNI 8184:2015 (tiruan batik)", url: "https://bekasi.pikiran-rakyat.com/nasional/pr-12794089/teknologi-semakin-maju-cara-ini-dapat-anda-lakukan-untuk-bedakan-batik-tulis-dan-batik-cap?page=2" },
  { label: "Tribun Jateng — Hari Batik 2021: Lestari Batikku, Terlindungi Alamku", url: "https://jateng.tribunnews.com/2021/10/03/pemkot-pekalongan-dorong-pemulihan-ekonomi-lewat-sektor-batik" },
  { label: "Radio Kota Batik (Pemkot Pekalongan) — Wali Kota minta pengusaha batik jujur", url: "https://rkb.pekalongankota.go.id/berita21961-1-wali-kota-minta-pengusaha-batik-jujur-dengan-dagangannya.html" },
];
