import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./_service"

/** Search module provider `meilisearch`, registered by `searchModule()` in src/config/infrastructure.ts when MEILISEARCH_HOST is set. */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchService] })
