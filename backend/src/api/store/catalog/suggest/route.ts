import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorMessage } from "@canting/i18n"
import { PRODUCT_INDEX } from "../../../../search/_product-document"
import { answers, readStamp } from "../../../../search/_answers"
import { searchWithTypoFallback, SearchUnavailableError, unapprovedSellerIds } from "../../../../search/_catalog"
import { matchTerms } from "../../../../search/_terms"
import type { CatalogRequest } from "../middlewares"
import type { StoreCatalogSuggestParamsType } from "../validators"

/** Instant suggestions for the header's search box: up to 6 products (last word as a prefix) and 4 terms. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { q, locale } = (req as CatalogRequest<StoreCatalogSuggestParamsType>).catalogQuery
  try {
    // Kept while the index and the seller table are unchanged (see AnswerCache).
    res.json(await answers.get(await readStamp(req.scope, PRODUCT_INDEX), { route: "suggest", q, locale }, async () => {
      const hidden = await unapprovedSellerIds(req.scope)
      const { result } = await searchWithTypoFallback(req.scope, {
        entity: PRODUCT_INDEX,
        fields: ["id", "handle", "title_id", "title_en"],
        filters: { q, ...(hidden.length ? { seller_id: { $nin: hidden } } : {}) },
        pagination: { skip: 0, take: 6, order: { _score: "DESC" } },
        search_options: { match_strategy: "last", count: "none" },
      })
      return {
        products: result.hits.map(({ document: d }) => ({ handle: d.handle, title: locale === "en" && d.title_en ? d.title_en : d.title_id })),
        terms: matchTerms(q, locale, 4),
      }
    }))
  } catch (e) {
    if (!(e instanceof SearchUnavailableError)) throw e
    res.status(503).json({ type: "unavailable", code: "search_unavailable", message: errorMessage("search_unavailable", locale) })
  }
}
