import type { ExecArgs } from "@medusajs/framework/types"
import { reindexProducts } from "../search/_reindex"

/** `npm run reindex` (`medusa exec`): rebuilds the product search index; see src/search/_reindex.ts. */
export default async function reindex({ container }: ExecArgs) {
  await reindexProducts(container)
}
