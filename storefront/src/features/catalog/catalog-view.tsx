import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { formatPrice } from "@/lib/format";
import type { CatalogResult, FacetValue } from "@/lib/catalog/adapter";
import {
  FACETS, PAGE_SIZE, SORTS, catalogHref, clearFilters, hasFilters, toSearchParams, toggleFilter, withPage,
  type CatalogState,
} from "@/lib/catalog/params";
import { ProductGrid } from "@/components/product/product-grid";
import "./catalog.css";

type Loose = (key: string, options?: Record<string, unknown>) => string;

type Props = { locale: Locale; t: Translate; state: CatalogState; result: CatalogResult; path: string; currency: string; heading: string };

/**
 * The faceted catalog: filters with counts, active-filter chips, sort, grid and pagination. Every
 * control is a link or a GET form, so it works without JavaScript and every state has a shareable URL.
 */
export function CatalogView({ locale, t, state, result, path, currency, heading }: Props) {
  const pages = Math.max(1, Math.ceil(result.count / PAGE_SIZE));
  return (
    <div className="catalog">
      <header className="catalog__head">
        <div>
          <h1>{heading}</h1>
          <p data-testid="catalog-count">{t("catalog.resultCount", { count: result.count })}</p>
        </div>
        <SortForm t={t} state={state} path={path} />
      </header>
      <ActiveFilters t={t} state={state} result={result} path={path} locale={locale} currency={currency} />
      <div className="catalog__body">
        <details className="catalog__filters" open>
          <summary>{t("catalog.showFilters")}</summary>
          <h2 className="visually-hidden">{t("catalog.filtersTitle")}</h2>
          <FacetLists t={t} state={state} result={result} path={path} />
          <PriceForm t={t} state={state} result={result} path={path} locale={locale} currency={currency} />
        </details>
        <section className="catalog__results" aria-live="polite">
          {result.products.length === 0 ? (
            <NoResults t={t} state={state} result={result} path={path} />
          ) : (
            <ProductGrid products={result.products} locale={locale} t={t} emptyText={t("catalog.noResults")} priority={2} />
          )}
          {pages > 1 && <Pagination t={t} state={state} path={path} pages={pages} />}
        </section>
      </div>
    </div>
  );
}

function facetLabel(t: Translate, vocab: string | null, value: string, label?: string) {
  if (!vocab) return label ?? value;
  return (t as unknown as Loose)(`vocab:${vocab}.${value}`, { defaultValue: label ?? value });
}

function FacetLists({ t, state, result, path }: { t: Translate; state: CatalogState; result: CatalogResult; path: string }) {
  const tt = t as unknown as Loose;
  return (
    <>
      {FACETS.map((f) => {
        // Only codes the storefront knows (an index built before a code was retired may still count it).
        const values = (result.facets[f.facet] ?? []).filter((v) => !f.codes || (f.codes as readonly string[]).includes(v.value));
        const selected = state.filters[f.param];
        // Selected values stay visible even when the current results hold none of them.
        const shown: FacetValue[] = [...values, ...selected.filter((s) => !values.some((v) => v.value === s)).map((value) => ({ value, count: 0 }))];
        if (shown.length === 0) return null;
        return (
          <section key={f.param} className="facet" aria-labelledby={`facet-${f.param}`}>
            <h3 id={`facet-${f.param}`}>{tt(`catalog.facet.${f.param}`)}</h3>
            <ul role="list">
              {shown.map((v) => {
                const on = selected.includes(v.value);
                return (
                  <li key={v.value}>
                    <Link
                      href={catalogHref(path, toggleFilter(state, f.param, v.value))}
                      className={on ? "facet__value facet__value--on" : "facet__value"}
                      aria-current={on ? "true" : undefined}
                      data-testid={`facet-${f.param}-${v.value}`}
                      rel="nofollow"
                    >
                      <span className="facet__box" aria-hidden="true">{on ? "✓" : ""}</span>
                      <span className="facet__label">{facetLabel(t, f.vocab, v.value, v.label)}</span>
                      <span className="facet__count">{v.count}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <StockToggle t={t} state={state} result={result} path={path} />
    </>
  );
}

function StockToggle({ t, state, result, path }: { t: Translate; state: CatalogState; result: CatalogResult; path: string }) {
  const inStock = result.facets.in_stock?.find((v) => v.value === "true")?.count;
  return (
    <section className="facet" aria-labelledby="facet-in-stock">
      <h3 id="facet-in-stock">{t("catalog.facet.inStock")}</h3>
      <Link
        href={catalogHref(path, { ...state, inStock: !state.inStock, page: 1 })}
        className={state.inStock ? "facet__value facet__value--on" : "facet__value"}
        aria-current={state.inStock ? "true" : undefined}
        data-testid="facet-in-stock"
        rel="nofollow"
      >
        <span className="facet__box" aria-hidden="true">{state.inStock ? "✓" : ""}</span>
        <span className="facet__label">{inStock === undefined ? t("catalog.inStockOnlyNoCount") : t("catalog.inStockOnly", { count: inStock })}</span>
      </Link>
    </section>
  );
}

/** Hidden inputs carrying the rest of the state through a GET form. */
function Carry({ state, omit }: { state: CatalogState; omit: string[] }) {
  const entries = [...toSearchParams({ ...state, page: 1 }).entries()].filter(([k]) => !omit.includes(k) && k !== "page");
  return <>{entries.map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}</>;
}

function SortForm({ t, state, path }: { t: Translate; state: CatalogState; path: string }) {
  const tt = t as unknown as Loose;
  const sorts = state.q ? SORTS : SORTS.filter((s) => s !== "relevance");
  return (
    <form className="catalog__sort" action={path} method="get">
      <Carry state={state} omit={["sort"]} />
      <label>
        {t("catalog.sortLabel")}{" "}
        <select name="sort" defaultValue={state.sort} data-testid="catalog-sort">
          {sorts.map((s) => <option key={s} value={s}>{tt(`catalog.sort.${s}`)}</option>)}
        </select>
      </label>
      <button type="submit" className="button button--ghost">{t("catalog.apply")}</button>
    </form>
  );
}

function PriceForm({ t, state, result, path, locale, currency }: { t: Translate; state: CatalogState; result: CatalogResult; path: string; locale: Locale; currency: string }) {
  return (
    <form className="facet facet--price" action={path} method="get" aria-labelledby="facet-price">
      <h3 id="facet-price">{t("catalog.facet.price")}</h3>
      <Carry state={state} omit={["price_min", "price_max"]} />
      <label>
        {t("catalog.priceMin")}
        <input type="number" name="price_min" min={0} inputMode="numeric" defaultValue={state.priceMin ?? ""} data-testid="price-min" />
      </label>
      <label>
        {t("catalog.priceMax")}
        <input type="number" name="price_max" min={0} inputMode="numeric" defaultValue={state.priceMax ?? ""} data-testid="price-max" />
      </label>
      {result.price && (
        <p className="facet__hint">
          {t("catalog.priceRange", {
            min: formatPrice({ amount: result.price.min, currency }, locale),
            max: formatPrice({ amount: result.price.max, currency }, locale),
          })}
        </p>
      )}
      <button type="submit" className="button button--ghost">{t("catalog.apply")}</button>
    </form>
  );
}

function ActiveFilters({ t, state, result, path, locale, currency }: { t: Translate; state: CatalogState; result: CatalogResult; path: string; locale: Locale; currency: string }) {
  if (!hasFilters(state)) return null;
  const chips: { key: string; label: string; href: string }[] = [];
  for (const f of FACETS) {
    for (const value of state.filters[f.param]) {
      const label = facetLabel(t, f.vocab, value, result.facets[f.facet]?.find((v) => v.value === value)?.label);
      chips.push({ key: `${f.param}:${value}`, label, href: catalogHref(path, toggleFilter(state, f.param, value)) });
    }
  }
  if (state.priceMin !== null) chips.push({ key: "min", label: `≥ ${formatPrice({ amount: state.priceMin, currency }, locale)}`, href: catalogHref(path, { ...state, priceMin: null, page: 1 }) });
  if (state.priceMax !== null) chips.push({ key: "max", label: `≤ ${formatPrice({ amount: state.priceMax, currency }, locale)}`, href: catalogHref(path, { ...state, priceMax: null, page: 1 }) });
  if (state.inStock) chips.push({ key: "stock", label: t("catalog.inStockOnlyNoCount"), href: catalogHref(path, { ...state, inStock: false, page: 1 }) });
  return (
    <nav className="chips" aria-label={t("catalog.activeFilters")} data-testid="active-filters">
      {chips.map((c) => (
        <Link key={c.key} href={c.href} className="chip" aria-label={t("catalog.removeFilter", { label: c.label })} rel="nofollow">
          {c.label} <span aria-hidden="true">×</span>
        </Link>
      ))}
      <Link href={catalogHref(path, clearFilters(state))} className="chip chip--clear" rel="nofollow">{t("catalog.clearFilters")}</Link>
    </nav>
  );
}

function NoResults({ t, state, result, path }: { t: Translate; state: CatalogState; result: CatalogResult; path: string }) {
  return (
    <div className="empty" data-testid="no-results">
      <p>{t("catalog.noResults")}</p>
      {result.suggestions.length > 0 && (
        <p>
          {t("catalog.didYouMean")}{" "}
          {result.suggestions.map((s, i) => (
            <span key={s}>
              {i > 0 && ", "}
              <Link href={catalogHref(path, { ...clearFilters(state), q: s, sort: "relevance" })} data-testid="suggestion">{s}</Link>
            </span>
          ))}
        </p>
      )}
      <p>{t("catalog.noResultsHint")}</p>
    </div>
  );
}

function Pagination({ t, state, path, pages }: { t: Translate; state: CatalogState; path: string; pages: number }) {
  const page = Math.min(state.page, pages);
  return (
    <nav className="pagination" aria-label={t("catalog.pagination.label")}>
      {page > 1 ? <Link href={catalogHref(path, withPage(state, page - 1))} rel="prev">← {t("catalog.pagination.prev")}</Link> : <span />}
      <span data-testid="pagination-status">{t("catalog.pagination.status", { page, pages })}</span>
      {page < pages ? <Link href={catalogHref(path, withPage(state, page + 1))} rel="next" data-testid="pagination-next">{t("catalog.pagination.next")} →</Link> : <span />}
    </nav>
  );
}
