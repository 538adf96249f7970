import type { Locale } from "@canting/domain";
import { getTranslator } from "@/lib/i18n/server";
import { attempt } from "@/lib/result";
import { parseCatalogParams } from "@/lib/catalog/params";
import { searchCatalog } from "@/lib/data/catalog";
import { getRegion } from "@/lib/data/regions";
import { BackendError } from "@/components/backend-error";
import { CatalogView } from "./catalog-view";

type SearchParams = Record<string, string | string[] | undefined>;

/** Shared body of `/[locale]/products` (browse) and `/[locale]/search` (search results): same facets, same URL state. */
export async function CatalogRoute({ locale, searchParams, kind }: { locale: Locale; searchParams: SearchParams; kind: "browse" | "search" }) {
  const t = getTranslator(locale);
  const state = parseCatalogParams(searchParams);
  const path = `/${locale}/${kind === "search" ? "search" : "products"}`;
  const result = await attempt(Promise.all([searchCatalog(locale, state), getRegion(locale)]));
  if (!result.ok) return <BackendError t={t} retryHref={path} />;
  const [catalog, region] = result.data;
  const heading = state.q ? t("catalog.searchTitle", { q: state.q }) : t("catalog.title");
  return (
    <CatalogView locale={locale} t={t} state={state} result={catalog} path={path} currency={region.currency_code} heading={heading} />
  );
}
