import { FIBRES, FIXERS, type Fibre, type Fixer } from "@canting/domain";

/** Production facts added with the certificates issue (backend `product.metadata`, docs/api/certifications.md). */
export type MoreFacts = {
  fixers: Fixer[];
  fibres: { fibre: Fibre; percent: number }[];
  originKelurahan: string | null;
  artisans: string[];
  hsCode: string | null;
};

/** Reads those facts from a product's raw metadata, dropping unknown codes. */
export function toMoreFacts(metadata: unknown): MoreFacts {
  const m = (typeof metadata === "object" && metadata !== null ? metadata : {}) as Record<string, unknown>;
  const arr = (v: unknown) => (Array.isArray(v) ? v : []);
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  return {
    fixers: arr(m.fixers).filter((f): f is Fixer => (FIXERS as readonly unknown[]).includes(f)),
    fibres: arr(m.fibre_composition).flatMap((p) => {
      const part = p as { fibre?: unknown; percent?: unknown };
      return (FIBRES as readonly unknown[]).includes(part?.fibre) && typeof part.percent === "number" ? [{ fibre: part.fibre as Fibre, percent: part.percent }] : [];
    }),
    originKelurahan: text(m.origin_kelurahan),
    artisans: arr(m.artisans).map(text).filter((a): a is string => a !== null),
    hsCode: typeof m.hs_code === "string" && /^\d{6}$/.test(m.hs_code) ? m.hs_code : null,
  };
}
