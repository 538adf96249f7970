import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { storeSellerFields } from "../query-config"

/** One approved seller by handle, with the ids of its published products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "seller",
      fields: [...storeSellerFields, "products.id", "products.status"],
      filters: { handle: req.params.handle, status: "approved" },
    },
    { locale: req.locale }
  )
  const seller = data[0]
  if (!seller) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller "${req.params.handle}" was not found`)
  }
  const { products, ...profile } = seller as unknown as { products?: ({ id: string; status: string } | null)[] }
  const published = (products ?? []).flatMap((p) => (p?.status === "published" ? [{ id: p.id }] : []))
  res.json({ seller: { ...profile, products: published } })
}
