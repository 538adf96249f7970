/** Types for chromium.mjs (shared with scripts/test.mjs). */
export function findChromium(): string | null;
