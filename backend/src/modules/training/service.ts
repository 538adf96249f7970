import { MedusaService } from "@medusajs/framework/utils"
import TrainingProgram from "./models/training-program"
import TrainingAward from "./models/training-award"
import TrainingAwardEvent from "./models/training-award-event"
import { ReadinessSnapshot, SellerReadiness } from "./models/readiness"

/** CRUD for programmes, awards and their history, and readiness results; rules live in workflows and @canting/domain. */
class TrainingModuleService extends MedusaService({ TrainingProgram, TrainingAward, TrainingAwardEvent, SellerReadiness, ReadinessSnapshot }) {}

export default TrainingModuleService
