import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CertificationModule from "../modules/certification"

/** A product carries many certificates (Batikmark, SNI, OEKO-TEX...); a product certificate names one product. */
export default defineLink(
  ProductModule.linkable.product,
  { linkable: CertificationModule.linkable.certificate, isList: true }
)
