import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"
import TrainingModule from "../modules/training"

/** A seller holds many training awards (badges); each award belongs to one seller. */
export default defineLink(
  SellerModule.linkable.seller,
  { linkable: TrainingModule.linkable.trainingAward, isList: true }
)
