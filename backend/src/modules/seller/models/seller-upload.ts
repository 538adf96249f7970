import { model } from "@medusajs/framework/utils"

/**
 * A public image the upload route stored for a seller: proof that a URL was issued by us (listing
 * images, logo and banner accept only these) and the sum the upload quota counts.
 */
const SellerUpload = model.define("seller_upload", {
  id: model.id({ prefix: "selupl" }).primaryKey(),
  seller_id: model.text().index(),
  file_id: model.text(),
  url: model.text().index(),
  mime_type: model.text(),
  size: model.number(),
})

export default SellerUpload
