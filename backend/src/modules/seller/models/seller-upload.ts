import { model } from "@medusajs/framework/utils"

/**
 * A public image the upload route stored for a seller: proof that a URL was issued by us (listing
 * images, logo and banner accept only these), the sum the upload quota counts and the sizes the
 * picture was stored in. `url` is the largest size; `variants` lists every size (ImageVariant[] of
 * @canting/domain, smallest first) and is what a listing's images are given, never the request's word.
 * Uploads made before variants existed have none.
 */
const SellerUpload = model.define("seller_upload", {
  id: model.id({ prefix: "selupl" }).primaryKey(),
  seller_id: model.text().index(),
  file_id: model.text(),
  url: model.text().index(),
  mime_type: model.text(),
  /** Bytes of every stored size together. */
  size: model.number(),
  variants: model.json().nullable(),
})

export default SellerUpload
