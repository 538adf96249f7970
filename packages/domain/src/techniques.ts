/**
 * How the cloth was made. SNI 0239 batik is tulis, cap or kombinasi; anything printed,
 * screen-printed (sablon) or cold-waxed is "tiruan batik" under SNI 8184:2015 and is
 * not batik. Source: shared/research/domain-batik.md §1.1.
 */
export const TECHNIQUES = [
  "batik_tulis",
  "batik_cap",
  "batik_kombinasi",
  "tiruan_batik_printing",
  "paduan_tiruan_batik",
] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** Techniques that are batik under SNI 0239. */
export const BATIK_TECHNIQUES = ["batik_tulis", "batik_cap", "batik_kombinasi"] as const satisfies readonly Technique[];
/** Techniques that are imitation (SNI 8184) and must always be labelled "not batik". */
export const IMITATION_TECHNIQUES = ["tiruan_batik_printing", "paduan_tiruan_batik"] as const satisfies readonly Technique[];

/** True when the technique is imitation batik (SNI 8184), which must be labelled as not batik. */
export function isImitation(technique: string): boolean {
  return (IMITATION_TECHNIQUES as readonly string[]).includes(technique);
}

/** The SNI quality standard that applies to a technique's cloth, where one exists. */
export const TECHNIQUE_STANDARD: Record<Technique, string> = {
  batik_tulis: "SNI 8302:2016/Amd.1:2019",
  batik_cap: "SNI 8303:2016/Amd.1:2019",
  batik_kombinasi: "SNI 8304:2016/Amd.1:2019",
  tiruan_batik_printing: "SNI 8184:2015",
  paduan_tiruan_batik: "SNI 8184:2015",
};
