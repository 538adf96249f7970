import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_INDEX, isSearchable, type ProductRow } from "./_product-document"
import { createProgress } from "./_reindex-progress"

/** The Search module's default batch (DEFAULT_REINDEX_BATCH_SIZE); `reindex.batch_size` in its options overrides it. */
const MODULE_BATCH_SIZE = 100
const POLL_MS = 200

/**
 * `npm run reindex`: rebuilds the product search index from scratch through the Search module
 * (a new index version is filled batch by batch and swapped in when complete, so the catalog keeps
 * answering from the old one meanwhile). Shows a progress bar on a terminal, plain lines otherwise,
 * and a summary. The module records its running total per batch in `search_index_sync`; this script
 * reads that row while the rebuild runs.
 */
export async function reindexProducts(container: MedusaContainer) {
  const search = container.resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // The module keeps its options on a protected field; read only to size the progress bar.
  const batchSize = Number((search as unknown as { moduleOptions_?: { reindex?: { batch_size?: number } } }).moduleOptions_?.reindex?.batch_size) || MODULE_BATCH_SIZE

  const { data } = await query.graph({ entity: "product", fields: ["id", "status", "seller.status"] })
  const total = (data as ProductRow[]).filter(isSearchable).length
  process.stdout.write(`Rebuilding the "${PRODUCT_INDEX}" search index: ${total} of ${data.length} products are visible to shoppers.\n`)

  const progress = createProgress({ out: process.stdout, total, batchSize })
  const since = new Date(Date.now() - 1000)
  const written = async (): Promise<number> => {
    const rows = await pg.raw(
      `select documents_synced from search_index_sync where created_at >= ? and deleted_at is null order by created_at asc limit 1`,
      [since]
    )
    return Number(rows.rows?.[0]?.documents_synced ?? 0)
  }

  let running = true
  const poll = (async () => {
    while (running) {
      progress.update(await written().catch(() => 0))
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
  })()
  try {
    await search.reindex({ index: PRODUCT_INDEX })
  } finally {
    running = false
    await poll
  }
  progress.finish(await written())

  // Thousands of rows just written and no planner statistics for them yet: without these,
  // PostgreSQL guesses a handful of matches per filter until autovacuum gets to the table.
  const t = Date.now()
  await pg.raw("analyze canting_search_product")
  process.stdout.write(`Analyzed the search table for the query planner in ${((Date.now() - t) / 1000).toFixed(1)} s.\n`)
}
