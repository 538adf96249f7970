// Admin copy for the Certificates pages; code labels come from @canting/i18n's vocab JSON
// (imported directly, as lib/i18n.ts explains), the language from the dashboard's setting.
import enVocab from "@canting/i18n/dist/locales/en/vocab.json"
import idVocab from "@canting/i18n/dist/locales/id/vocab.json"
import { readAdminLang } from "../../lib/i18n"

const en = {
  "nav": "Certificates",
  "list.title": "Certificates",
  "list.subtitle": "Claims by sellers: check the evidence against the number, issuer and dates, then verify, reject or revoke.",
  "list.scheme": "Scheme", "list.seller": "Seller", "list.subject": "For", "list.number": "Number", "list.expires": "Valid until", "list.status": "Status", "list.shown": "Shoppers see", "list.notShown": "Not shown ({state})",
  "list.all": "All", "list.empty": "No certificates here", "list.loadError": "Could not load certificates",
  "detail.back": "Certificates", "detail.claim": "Claim", "detail.issuer": "Issuer", "detail.number": "Certificate number", "detail.standard": "Standard",
  "detail.batikmark": "Batikmark type", "detail.issued": "Issued", "detail.expires": "Valid until", "detail.product": "Product", "detail.technique": "Technique",
  "detail.sellerNote": "Seller's note", "detail.reviewNote": "Last review note", "detail.method": "Verified by", "detail.demo": "Demo data",
  "detail.evidence": "Evidence", "detail.noEvidence": "No evidence file.", "detail.loading": "Loading…", "detail.noPreview": "No preview for this file type.",
  "detail.open": "Open", "detail.history": "History", "detail.created": "claimed", "detail.loadError": "Could not load the certificate",
  "action.verify": "Verify", "action.reject": "Reject", "action.revoke": "Revoke", "action.done": "Certificate is now: {status}", "action.failed": "The decision was not saved",
  "form.method": "How did you check it?", "form.note": "Note", "form.noteRequired": "Write the reason: the seller reads it.", "form.noteHint": "The seller is notified with this note.",
  "form.methodRequired": "Choose a method.", "form.cancel": "Cancel",
}
type Key = keyof typeof en
const id: Record<Key, string> = {
  "nav": "Sertifikat",
  "list.title": "Sertifikat",
  "list.subtitle": "Klaim penjual: cocokkan bukti dengan nomor, penerbit dan tanggalnya, lalu verifikasi, tolak atau cabut.",
  "list.scheme": "Skema", "list.seller": "Penjual", "list.subject": "Untuk", "list.number": "Nomor", "list.expires": "Berlaku sampai", "list.status": "Status", "list.shown": "Tampil ke pembeli", "list.notShown": "Tidak tampil ({state})",
  "list.all": "Semua", "list.empty": "Tidak ada sertifikat di sini", "list.loadError": "Sertifikat tidak dapat dimuat",
  "detail.back": "Sertifikat", "detail.claim": "Klaim", "detail.issuer": "Penerbit", "detail.number": "Nomor sertifikat", "detail.standard": "Standar",
  "detail.batikmark": "Jenis Batikmark", "detail.issued": "Terbit", "detail.expires": "Berlaku sampai", "detail.product": "Produk", "detail.technique": "Teknik",
  "detail.sellerNote": "Catatan penjual", "detail.reviewNote": "Catatan pemeriksaan terakhir", "detail.method": "Diverifikasi dengan", "detail.demo": "Data demo",
  "detail.evidence": "Bukti", "detail.noEvidence": "Tidak ada berkas bukti.", "detail.loading": "Memuat…", "detail.noPreview": "Jenis berkas ini tidak dapat ditampilkan.",
  "detail.open": "Buka", "detail.history": "Riwayat", "detail.created": "diklaim", "detail.loadError": "Sertifikat tidak dapat dimuat",
  "action.verify": "Verifikasi", "action.reject": "Tolak", "action.revoke": "Cabut", "action.done": "Sertifikat sekarang: {status}", "action.failed": "Keputusan tidak tersimpan",
  "form.method": "Bagaimana Anda memeriksanya?", "form.note": "Catatan", "form.noteRequired": "Tuliskan alasannya: penjual akan membacanya.", "form.noteHint": "Penjual diberi tahu dengan catatan ini.",
  "form.methodRequired": "Pilih cara verifikasi.", "form.cancel": "Batal",
}

type Group = "certScheme" | "certStatus" | "certDisplayState" | "certSubject" | "verificationMethod" | "batikmarkType" | "technique"
const VOCAB: Record<"en" | "id", Record<Group, Record<string, string>>> = { en: enVocab, id: idVocab }

/** Copy, labels and date formatting for the Certificates pages in the admin's language. */
export function useCertCopy() {
  const lang = readAdminLang()
  const dates = new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", { dateStyle: "medium" })
  const dateTimes = new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeStyle: "short" })
  return {
    lang,
    apiLocale: lang === "id" ? "id-ID" : "en-US",
    t: (key: Key, vars: Record<string, string> = {}) => (lang === "id" ? id : en)[key].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? ""),
    label: (group: Group, code: string | null | undefined) => (code ? VOCAB[lang][group][code] ?? code : "—"),
    /** A calendar date (YYYY-MM-DD) shown as that day, whatever the browser's time zone. */
    day: (value: string | null | undefined) => (value ? dates.format(new Date(`${value.slice(0, 10)}T12:00:00Z`)) : "—"),
    dateTime: (value: string | null | undefined) => (value ? dateTimes.format(new Date(value)) : "—"),
  }
}
export type CertCopy = ReturnType<typeof useCertCopy>
