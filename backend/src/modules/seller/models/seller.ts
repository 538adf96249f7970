import { model } from "@medusajs/framework/utils"
import { SCALE_BASES, SELLER_STATUSES, UMKM_SCALES, WASTEWATER_METHODS } from "@canting/domain"
import SellerMember from "./seller-member"
import SellerDocument from "./seller-document"
import SellerStatusEvent from "./seller-status-event"

/**
 * A batik workshop (UMKM) that sells on Canting: its public profile, its business identity
 * (private), how it produces and treats its people, and its review status.
 */
const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    handle: model.text().unique().searchable(),
    name: model.text().searchable(),
    status: model.enum([...SELLER_STATUSES]).default("draft"),
    // Contact (private)
    owner_name: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    // Address
    street: model.text().nullable(),
    kelurahan: model.text().nullable(),
    kecamatan: model.text().nullable(),
    city: model.text().nullable(),
    province: model.text().nullable(),
    postcode: model.text().nullable(),
    sentra: model.text().nullable(),
    // Business identity (private)
    nib: model.text().nullable(),
    npwp: model.text().nullable(),
    kbli: model.array().default([]),
    scale_basis: model.enum([...SCALE_BASES]).nullable(),
    declared_amount_idr: model.bigNumber().nullable(),
    umkm_scale: model.enum([...UMKM_SCALES]).nullable(),
    // Production
    founded_year: model.number().nullable(),
    techniques: model.array().default([]),
    capacity: model.json().nullable(),
    wastewater_method: model.enum([...WASTEWATER_METHODS]).nullable(),
    ipal_name: model.text().nullable(),
    // People
    workforce_total: model.number().default(0),
    workforce_bpjs: model.number().default(0),
    artisans_over_50: model.number().default(0),
    apprentices_under_25: model.number().default(0),
    // The seller's own answers to the export-readiness questions (`declarations` of ReadinessInput; self-declared).
    export_profile: model.json().nullable(),
    // Story (Indonesian base; English through the Translation module)
    story: model.text().translatable().nullable(),
    logo_url: model.text().nullable(),
    banner_url: model.text().nullable(),
    is_demo: model.boolean().default(false),
    members: model.hasMany(() => SellerMember, { mappedBy: "seller" }),
    documents: model.hasMany(() => SellerDocument, { mappedBy: "seller" }),
    events: model.hasMany(() => SellerStatusEvent, { mappedBy: "seller" }),
  })
  .cascades({ delete: ["members", "documents", "events"] })

export default Seller
