import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"
import CertificationModule from "../modules/certification"

/** A seller owns many certificates (of its workshop and of its products); each certificate belongs to one seller. */
export default defineLink(
  SellerModule.linkable.seller,
  { linkable: CertificationModule.linkable.certificate, isList: true }
)
