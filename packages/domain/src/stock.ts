/**
 * Stock alerts (issue #21): a workshop names, per listing, the number of pieces left at which it
 * wants to hear that a piece is selling out. Stored as the listing's `low_stock_threshold`.
 */

/** The threshold of a listing that never set one. */
export const LOW_STOCK_THRESHOLD_DEFAULT = 2;
/** The largest threshold a listing may set (and 0: tell me only when it is sold out). */
export const LOW_STOCK_THRESHOLD_MAX = 1000;

/** A listing's threshold from what is stored: a whole number in range, else the default. */
export function lowStockThreshold(stored: unknown): number {
  return typeof stored === "number" && Number.isInteger(stored) && stored >= 0 && stored <= LOW_STOCK_THRESHOLD_MAX
    ? stored
    : LOW_STOCK_THRESHOLD_DEFAULT;
}

/** Running low: what can still be sold has fallen to the threshold or below. */
export const isLowStock = (available: number, threshold: number): boolean => available <= threshold;
