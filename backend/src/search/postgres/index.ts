import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CantingPostgresSearchService } from "./_service"

// Search module provider `postgres`, registered by `searchModules()` (src/config/infrastructure.ts).
// Its identifier is the one Medusa's own Postgres provider used (`search-postgres`), so index
// versions recorded under it stay ours.
export default ModuleProvider(Modules.SEARCH, { services: [CantingPostgresSearchService] })
