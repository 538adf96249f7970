import { TECHNIQUES, normalizeIdNumber, type Technique } from "@canting/domain";
import type { OnboardingStepId } from "./types";
import { image, number, text } from "./form-values";

/** Steps that are a form posted to `POST /sellers/me` (documents has its own upload flow). */
export type FormStepId = Exclude<OnboardingStepId, "documents">;

const capacityInputs = TECHNIQUES.flatMap((t) => [`capacity.${t}.units_per_month`, `capacity.${t}.lead_time_days`]);

/** The names of the inputs each step's form has; field errors attach to these. */
export const STEP_INPUTS: Record<FormStepId, readonly string[]> = {
  business: ["name", "handle", "owner_name", "phone", "email", "sentra"],
  identity: ["nib", "npwp", "kbli", "scale_basis", "declared_amount_idr"],
  address: ["street", "kelurahan", "kecamatan", "city", "province", "postcode"],
  production: ["founded_year", "techniques", "capacity", ...capacityInputs],
  people: ["wastewater_method", "ipal_name", "workforce_total", "workforce_bpjs", "artisans_over_50", "apprentices_under_25"],
  story: ["story.id", "story.en", "logo_url", "banner_url"],
};


/** Drops the fields left empty: a partial update only sends what the seller typed. */
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

type StepPayload = { body: Record<string, unknown>; rename: (field: string) => string };
const same = (f: string) => f;

/** The `POST /sellers/me` body for one wizard step's form, and how to map error fields back to inputs. */
export function stepPayload(step: FormStepId, fd: FormData): StepPayload {
  switch (step) {
    case "business":
      return {
        body: defined({
          name: text(fd, "name"), handle: text(fd, "handle")?.toLowerCase(), owner_name: text(fd, "owner_name"),
          phone: text(fd, "phone"), email: text(fd, "email"),
          // Sentra is optional and nullable: "none" clears it.
          sentra: text(fd, "sentra") ?? null,
        }),
        rename: same,
      };
    case "identity": {
      const nib = text(fd, "nib");
      const npwp = text(fd, "npwp");
      const kbli = text(fd, "kbli")?.split(/[\s,;]+/).filter(Boolean);
      return {
        body: defined({
          nib: nib && normalizeIdNumber(nib), npwp: npwp && normalizeIdNumber(npwp), kbli,
          scale_basis: text(fd, "scale_basis"), declared_amount_idr: number(fd, "declared_amount_idr", true),
        }),
        rename: same,
      };
    }
    case "address":
      return { body: defined(Object.fromEntries(STEP_INPUTS.address.map((n) => [n, text(fd, n)]))), rename: same };
    case "production":
      return productionPayload(fd);
    case "people":
      return {
        body: defined({
          wastewater_method: text(fd, "wastewater_method"), ipal_name: text(fd, "ipal_name"),
          workforce_total: number(fd, "workforce_total"), workforce_bpjs: number(fd, "workforce_bpjs"),
          artisans_over_50: number(fd, "artisans_over_50"), apprentices_under_25: number(fd, "apprentices_under_25"),
        }),
        rename: same,
      };
    case "story": {
      const id = text(fd, "story.id");
      const en = text(fd, "story.en");
      return { body: { ...(id || en ? { story: defined({ id, en }) } : {}), ...defined({ logo_url: image(fd, "logo_url"), banner_url: image(fd, "banner_url") }) }, rename: same };
    }
  }
}

/** Techniques are checkboxes; capacity rows are sent for the checked techniques only. */
function productionPayload(fd: FormData): StepPayload {
  const techniques = fd.getAll("techniques").filter((t): t is Technique => (TECHNIQUES as readonly unknown[]).includes(t));
  const rows: Technique[] = [];
  const capacity = techniques.flatMap((technique) => {
    const units = number(fd, `capacity.${technique}.units_per_month`);
    const lead = number(fd, `capacity.${technique}.lead_time_days`);
    if (units === undefined && lead === undefined) return [];
    rows.push(technique);
    return [defined({ technique, units_per_month: units, lead_time_days: lead })];
  });
  return {
    body: defined({ founded_year: number(fd, "founded_year"), techniques, capacity }),
    // The backend names rows by index (`capacity.1.lead_time_days`); the form names them by technique.
    rename: (field) => field.replace(/^capacity\.(\d+)(?=\.|$)/, (m, i: string) => (rows[Number(i)] ? `capacity.${rows[Number(i)]}` : m)),
  };
}
