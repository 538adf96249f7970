import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CantingPostgresSearchService } from "./service"

/**
 * Search module provider `postgres` (identifier `search-postgres`, like Medusa's own, so indexes it
 * made stay ours): Medusa's Postgres provider with keyword searches answered from memory. Registered
 * by `searchModules()` in src/config/infrastructure.ts.
 */
export default ModuleProvider(Modules.SEARCH, { services: [CantingPostgresSearchService] })
