import { model } from "@medusajs/framework/utils"
import { SELLER_STATUSES, WASTEWATER_METHODS } from "@canting/domain"

/**
 * A batik workshop (UMKM) that sells on Canting. Public profile fields only for now;
 * business identity, documents and review history arrive with seller onboarding.
 */
const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    handle: model.text().unique().searchable(),
    name: model.text().searchable(),
    status: model.enum([...SELLER_STATUSES]).default("draft"),
    email: model.text().nullable(),
    sentra: model.text().nullable(),
    city: model.text().nullable(),
    province: model.text().nullable(),
    founded_year: model.number().nullable(),
    techniques: model.array().default([]),
    story: model.text().translatable().nullable(),
    workforce_total: model.number().default(0),
    workforce_bpjs: model.number().default(0),
    apprentices_under_25: model.number().default(0),
    wastewater_method: model.enum([...WASTEWATER_METHODS]).nullable(),
    ipal_name: model.text().nullable(),
    logo_url: model.text().nullable(),
    is_demo: model.boolean().default(false),
  })

export default Seller
