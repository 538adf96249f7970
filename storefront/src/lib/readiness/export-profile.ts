import { EXPORT_EXPERIENCE } from "@canting/domain";
import type { ExportProfile } from "@/lib/seller-portal/types";

/** The export answers form as the `export_profile` the backend validates (unticked boxes are `false`). */
export function exportProfileFromForm(fd: FormData): ExportProfile {
  const days = String(fd.get("sample_days") ?? "").trim();
  const experience = String(fd.get("export_experience") ?? "");
  return {
    cross_border_payment: fd.get("cross_border_payment") === "on",
    knows_ska: fd.get("knows_ska") === "on",
    moq_and_tiers: fd.get("moq_and_tiers") === "on",
    incoterm_quote: fd.get("incoterm_quote") === "on",
    trade_fair: fd.get("trade_fair") === "on",
    // A non-number is sent as typed, so the backend's 400 names the field instead of the form hiding it.
    sample_days: days === "" ? null : Number.isFinite(Number(days)) ? Number(days) : (days as unknown as number),
    export_experience: (EXPORT_EXPERIENCE as readonly string[]).includes(experience) ? (experience as ExportProfile["export_experience"]) : null,
  };
}
