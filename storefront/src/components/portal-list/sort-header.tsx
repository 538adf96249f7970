import Link from "next/link";
import { sortParts } from "@/lib/seller-portal/list-params";

/**
 * A column header that sorts the list: a link (so sorting works without JavaScript and can be
 * shared) to the column's other direction when it is the current sort, else to `first`.
 * `aria-sort` tells a screen reader which column orders the rows and which way.
 */
export function SortHeader({ label, field, sort, sorts, first, hrefFor, testId }: {
  label: string; field: string; sort: string; sorts: readonly string[]; first: string;
  hrefFor: (sort: string) => string; testId?: string;
}) {
  const current = sortParts(sort);
  const active = current.field === field;
  const flipped = current.direction === "ascending" ? `-${field}` : field;
  const target = active && sorts.includes(flipped) ? flipped : first;
  return (
    <th scope="col" aria-sort={active ? current.direction : undefined} className={active ? "portal-table__sorted" : undefined}>
      <Link href={hrefFor(target)} data-testid={testId}>
        {label}
        {active && <span aria-hidden="true" className="portal-table__arrow">{current.direction === "ascending" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}
