import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CantingPostgresSearchService } from "./service"

// Search module provider `postgres`, registered by `searchModules()` (src/config/infrastructure.ts).
// Its identifier is Medusa's own (`search-postgres`), so the indexes Medusa's provider made stay ours.
export default ModuleProvider(Modules.SEARCH, { services: [CantingPostgresSearchService] })
