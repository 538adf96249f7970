import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { EmailNotificationProviderService } from "./service"

/** Registered as `{ resolve: "./src/providers/email", id: "email", options }` by config/infrastructure.ts. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [EmailNotificationProviderService] })
