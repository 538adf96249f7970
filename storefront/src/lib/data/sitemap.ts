import "server-only";
import { DEFAULT_LOCALE } from "@canting/domain";
import { storeFetch } from "./store-fetch";

type Handle = { handle: string; updated_at?: string };
const PAGE = 100;
/** Upper bound on pages fetched per listing, so one sitemap request stays cheap. */
const MAX_PAGES = 50;

async function allPages(path: string, key: "products" | "sellers", fields?: string): Promise<Handle[]> {
  const out: Handle[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await storeFetch<Record<string, unknown> & { count?: number }>(path, DEFAULT_LOCALE, {
      limit: PAGE, offset: page * PAGE, ...(fields ? { fields } : {}),
    });
    const rows = (body[key] as Handle[] | undefined) ?? [];
    out.push(...rows.filter((r) => typeof r.handle === "string" && r.handle));
    if (rows.length < PAGE || out.length >= (body.count ?? 0)) break;
  }
  return out;
}

/** Handles of every product and seller a shopper can see (the store API already hides the rest). */
export async function listPublicHandles(): Promise<{ products: Handle[]; sellers: Handle[] }> {
  const [products, sellers] = await Promise.all([
    allPages("/store/products", "products", "handle,updated_at"),
    allPages("/store/sellers", "sellers"),
  ]);
  return { products, sellers };
}
