import type { ReadinessMessage } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";

/** A rubric message (`next.B5_hs` with `{ count: 3 }`) in the seller's language; codes inside resolve to their labels. */
export function readinessText(t: Translate, message: ReadinessMessage): string {
  return (t as unknown as (key: string, options?: Record<string, unknown>) => string)(`readiness:${message.key}`, message.params ?? {});
}
