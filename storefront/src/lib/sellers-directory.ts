import { READINESS_BANDS, SENTRA, TECHNIQUES, type ReadinessBand, type Sentra, type Technique } from "@canting/domain";
import { pickCode } from "@/lib/adapter";

/** Directory filters, all in the URL: `/id/sellers?technique=batik_tulis&sentra=kauman&export_ready=1`. */
export type DirectoryFilters = { q: string; technique: Technique | null; sentra: Sentra | null; exportReady: boolean; page: number };
export const DIRECTORY_PAGE_SIZE = 24;

type SP = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function parseDirectoryFilters(sp: SP): DirectoryFilters {
  const page = Math.floor(Number(first(sp.page)));
  return {
    q: first(sp.q).trim().slice(0, 100),
    technique: pickCode(TECHNIQUES, first(sp.technique)),
    sentra: pickCode(SENTRA, first(sp.sentra)),
    exportReady: first(sp.export_ready) === "1" || first(sp.export_ready) === "true",
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

export function directoryQuery(f: DirectoryFilters): Record<string, string | number> {
  return {
    limit: DIRECTORY_PAGE_SIZE, offset: (f.page - 1) * DIRECTORY_PAGE_SIZE,
    ...(f.q ? { q: f.q } : {}), ...(f.technique ? { technique: f.technique } : {}), ...(f.sentra ? { sentra: f.sentra } : {}),
    ...(f.exportReady ? { export_ready: "true" } : {}),
  };
}

export type SellerListItem = {
  id: string; handle: string; name: string; sentra: Sentra | null; city: string | null;
  techniques: Technique[]; foundedYear: number | null; workforceTotal: number | null;
  readinessBand: ReadinessBand | null; capacity: { technique: Technique; units: number; days: number }[]; demo: boolean;
};

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === "object" && v !== null;

export function toSellerListItem(raw: unknown): SellerListItem | null {
  if (!isObj(raw) || typeof raw.handle !== "string" || typeof raw.name !== "string") return null;
  const band = isObj(raw.readiness) ? raw.readiness.band : raw.readiness_band;
  return {
    id: typeof raw.id === "string" ? raw.id : "",
    handle: raw.handle,
    name: raw.name,
    sentra: pickCode(SENTRA, raw.sentra),
    city: typeof raw.city === "string" ? raw.city : null,
    techniques: (Array.isArray(raw.techniques) ? raw.techniques : []).map((t) => pickCode(TECHNIQUES, t)).filter((t): t is Technique => t !== null),
    foundedYear: typeof raw.founded_year === "number" ? raw.founded_year : null,
    workforceTotal: typeof raw.workforce_total === "number" ? raw.workforce_total : null,
    readinessBand: (READINESS_BANDS as readonly unknown[]).includes(band) ? (band as ReadinessBand) : null,
    capacity: (Array.isArray(raw.capacity) ? raw.capacity : []).flatMap((c) => {
      const technique = isObj(c) ? pickCode(TECHNIQUES, c.technique) : null;
      return technique && isObj(c) && typeof c.units_per_month === "number" && typeof c.lead_time_days === "number"
        ? [{ technique, units: c.units_per_month, days: c.lead_time_days }] : [];
    }),
    demo: raw.is_demo === true,
  };
}
