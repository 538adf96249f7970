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
  const { products = [], ...profile } = seller as typeof seller & { products?: { id: string; status: string }[] }
  res.json({
    seller: {
      ...profile,
      products: (products ?? []).filter((p) => p?.status === "published").map((p) => ({ id: p.id })),
    },
  })
}
