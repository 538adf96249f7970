import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { storeSellerFields } from "../query-config"
import { sellerTrust } from "../../certifications/trust"
import { sellerReadinessAndBadges } from "../../../../workflows/readiness/public"

/** One approved seller by handle, with the ids of its published products, its visible certificates and eco tags. */
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
  // Workshop certificates a shopper may see (never expired/revoked/rejected) and the derived eco tags.
  const trust = await sellerTrust(req.scope, (profile as { id: string }).id)
  // Export readiness (score, band, rubric version) and verified training badges.
  const readiness = await sellerReadinessAndBadges(req.scope, (profile as { id: string }).id)
  res.json({ seller: { ...profile, products: published, certificates: trust?.certificates ?? [], eco_tags: trust?.eco_tags ?? [], ...readiness } })
}
