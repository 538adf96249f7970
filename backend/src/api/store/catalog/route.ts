import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorMessage } from "@canting/i18n"
import { searchCatalog, SearchUnavailableError } from "../../../search/_catalog"
import type { CatalogRequest } from "./middlewares"
import type { StoreCatalogParamsType } from "./validators"

/**
 * The faceted catalog: published products of approved sellers from the product search index,
 * filtered (OR within a facet, AND across facets), sorted and counted per facet value.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const params = (req as CatalogRequest<StoreCatalogParamsType>).catalogQuery
  try {
    res.json(await searchCatalog(req.scope, params))
  } catch (e) {
    if (!(e instanceof SearchUnavailableError)) throw e
    res.status(503).json({ type: "unavailable", code: "search_unavailable", message: errorMessage("search_unavailable", params.locale) })
  }
}
