import { search } from "@medusajs/framework/utils"
import { synonymMap } from "@canting/domain"

// The product index's fields and settings, apart from its definition (src/search/products.ts), so
// tests can build the same index without registering it in Medusa's search index registry.

// Stats (min/max of the result set) rather than ranges: every provider we ship can compute them.
const priceField = () => search.float().filterable().sortable().facetable({ types: ["stats"] })

export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  // Localized fields: Meilisearch tokenizes each in its own language.
  title_id: search.text().searchable({ weight: 3 }).providerOptions({ meilisearch: { locales: ["ind"] } }),
  title_en: search.text().searchable({ weight: 3 }).providerOptions({ meilisearch: { locales: ["eng"] } }),
  description: search.text().searchable().retrievable(false),
  keywords: search.text().searchable({ weight: 2 }).retrievable(false),
  thumbnail: search.keyword(),
  technique: search.keyword().filterable().facetable(),
  is_imitation: search.boolean().filterable().facetable(),
  dye_family: search.keyword().filterable().facetable(),
  motifs: search.keyword().array().filterable().facetable(),
  fabric: search.keyword().filterable().facetable(),
  form: search.keyword().filterable().facetable(),
  eco_tags: search.keyword().array().filterable().facetable(),
  seller_id: search.keyword().filterable(),
  seller_handle: search.keyword().filterable().facetable(),
  seller_name: search.text().searchable(),
  sentra: search.keyword().filterable().facetable(),
  price_idr: priceField(),
  price_usd: priceField(),
  in_stock: search.boolean().filterable().facetable(),
  created_at: search.date().filterable().sortable(),
})

export const productIndexSettings = {
  typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
  // Read by our Meilisearch provider; the Postgres provider gets the synonyms as document keywords.
  provider_options: { meilisearch: { synonyms: synonymMap() } },
}
