import {
  LISTING_SORTS, LISTING_STATUSES, PORTAL_PAGE_SIZE, SELLER_ORDER_SORTS, SELLER_ORDER_STATUSES,
} from "@canting/domain";

/**
 * What a portal list page shows, read from its URL (`?page=&q=&status=&sort=`), so every page of
 * a search is server-rendered and can be shared. Anything the URL gets wrong falls back to the
 * default: a hand-edited link shows the first page, not an error.
 */
export type ListParams<Sort extends string = string, Status extends string = string> = {
  page: number;
  q: string;
  status: Status | "";
  sort: Sort;
};

/** The values one kind of list accepts, and its default sort. */
export type ListSpec<Sort extends string, Status extends string> = {
  sorts: readonly Sort[];
  statuses: readonly Status[];
  defaultSort: Sort;
};

export const LISTINGS_LIST: ListSpec<(typeof LISTING_SORTS)[number], (typeof LISTING_STATUSES)[number]> = {
  sorts: LISTING_SORTS, statuses: LISTING_STATUSES, defaultSort: "-created_at",
};
export const ORDERS_LIST: ListSpec<(typeof SELLER_ORDER_SORTS)[number], (typeof SELLER_ORDER_STATUSES)[number]> = {
  sorts: SELLER_ORDER_SORTS, statuses: SELLER_ORDER_STATUSES, defaultSort: "-created_at",
};

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const pick = <T extends string>(allowed: readonly T[], value: string): T | undefined => allowed.find((a) => a === value);

/** The list's state from the page's search params. */
export function readListParams<Sort extends string, Status extends string>(spec: ListSpec<Sort, Status>, params: SearchParams): ListParams<Sort, Status> {
  const page = Number.parseInt(first(params.page), 10);
  return {
    page: Number.isFinite(page) && page >= 1 && page <= 50_000 ? page : 1,
    // The backend allows 100 characters; a longer box is cut rather than refused.
    q: first(params.q).trim().slice(0, 100),
    status: pick(spec.statuses, first(params.status)) ?? "",
    sort: pick(spec.sorts, first(params.sort)) ?? spec.defaultSort,
  };
}

/** The backend's query string for one page: `limit`, `offset`, `order`, and `q`/`status` when set. */
export function apiQuery(params: ListParams, pageSize = PORTAL_PAGE_SIZE): string {
  const qs = new URLSearchParams({ limit: String(pageSize), offset: String((params.page - 1) * pageSize), order: params.sort });
  if (params.q) qs.set("q", params.q);
  if (params.status) qs.set("status", params.status);
  return qs.toString();
}

/**
 * The link to the same list with some of its state changed. Defaults are left out so the plain
 * list keeps its plain URL; changing the search, filter or sort goes back to page 1.
 */
export function listHref<Sort extends string, Status extends string>(
  base: string, spec: ListSpec<Sort, Status>, params: ListParams<Sort, Status>, change: Partial<ListParams<Sort, Status>>,
): string {
  const next = { ...params, ...(("page" in change) ? {} : { page: 1 }), ...change };
  const qs = new URLSearchParams();
  if (next.q) qs.set("q", next.q);
  if (next.status) qs.set("status", next.status);
  if (next.sort !== spec.defaultSort) qs.set("sort", next.sort);
  if (next.page > 1) qs.set("page", String(next.page));
  const s = qs.toString();
  return s ? `${base}?${s}` : base;
}

/** Which rows a page shows ("21–40 of 45") and how many pages there are. */
export function pageRange(page: number, count: number, pageSize = PORTAL_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(count / pageSize));
  const from = (page - 1) * pageSize + 1;
  // A page past the end (an old link after deletions) shows no rows: "0–0 of N".
  if (from > count) return { from: 0, to: 0, pages };
  return { from, to: Math.min(count, page * pageSize), pages };
}

/** The column a sort orders by and which way: `-title` → title, descending. */
export function sortParts(sort: string): { field: string; direction: "ascending" | "descending" } {
  return sort.startsWith("-") ? { field: sort.slice(1), direction: "descending" } : { field: sort, direction: "ascending" };
}
