import type { LabelT } from "@/lib/seller-portal/missing";
import { fieldLabel } from "@/lib/seller-portal/missing";

/** The fields and documents an application still lacks, each in the seller's language. */
export function MissingList({ missing, t, testId = "missing-list" }: { missing: string[]; t: LabelT; testId?: string }) {
  if (missing.length === 0) return null;
  return (
    <ul className="missing" data-testid={testId}>
      {missing.map((key) => <li key={key} data-testid="missing-item" data-key={key}>{fieldLabel(t, key)}</li>)}
    </ul>
  );
}
