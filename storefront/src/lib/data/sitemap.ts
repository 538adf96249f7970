import "server-only";
import { DEFAULT_LOCALE } from "@canting/domain";
import { read } from "@/lib/http/medusa";

type Handle = { handle: string; updated_at?: string };
type RawProduct = Handle & { metadata?: { demo?: unknown } | null; seller?: { is_demo?: unknown } | null };
const PAGE = 100;
/** Upper bound on pages fetched per listing, so one sitemap request stays cheap. */
const MAX_PAGES = 50;

async function allPages(path: string, key: "products" | "sellers", fields?: string): Promise<Handle[]> {
  const out: Handle[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await read<Record<string, unknown> & { count?: number }>(path, DEFAULT_LOCALE, {
      limit: PAGE, offset: page * PAGE, ...(fields ? { fields } : {}),
    });
    const rows = (body[key] as Handle[] | undefined) ?? [];
    out.push(...rows.filter((r) => typeof r.handle === "string" && r.handle));
    if (rows.length < PAGE || out.length >= (body.count ?? 0)) break;
  }
  return out;
}

/** A demo piece, or a piece of a demo workshop: its page is noindex, so it stays out of the sitemap too. */
const isDemo = (p: RawProduct) => p.metadata?.demo === true || p.metadata?.demo === "true" || p.seller?.is_demo === true;

/**
 * Handles of every product and seller a shopper can see (the store API already hides the rest),
 * without the demo listings search engines are asked not to index.
 */
export async function listPublicHandles(): Promise<{ products: Handle[]; sellers: Handle[] }> {
  const [products, sellers] = await Promise.all([
    allPages("/store/products", "products", "handle,updated_at,metadata,*seller") as Promise<RawProduct[]>,
    allPages("/store/sellers", "sellers"),
  ]);
  return { products: products.filter((p) => !isDemo(p)).map(({ handle, updated_at }) => ({ handle, ...(updated_at ? { updated_at } : {}) })), sellers };
}
