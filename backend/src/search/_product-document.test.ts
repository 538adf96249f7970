import { describe, expect, it } from "vitest"
import { inStock, lowestPrice, toProductDocument, type ProductRow } from "./_product-document"

const base: ProductRow = {
  id: "prod_1", handle: "kain-tulis", title: "Kain Batik Tulis Jlamprang", status: "published", created_at: "2026-11-01T00:00:00Z",
  metadata: { technique: "batik_tulis", dye_family: "natural", natural_dyes: ["indigofera"], motifs: ["jlamprang", "made_up"], fabric: "mori_primissima", form: "kain_panjang" },
  seller: { id: "sel_1", handle: "sekar", name: "Sekar", sentra: "kauman", status: "approved" },
  variants: [
    { id: "v1", manage_inventory: true, prices: [{ amount: 2_500_000, currency_code: "idr" }, { amount: 160, currency_code: "usd" }],
      inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 2, reserved_quantity: 2 }] } }] },
    { id: "v2", manage_inventory: true, prices: [{ amount: 1_900_000, currency_code: "idr" }],
      inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 1, reserved_quantity: 0 }] } }] },
  ],
}

describe("product search documents", () => {
  it("holds only products a shopper may see: published, of an approved seller", () => {
    expect(toProductDocument(base)).not.toBeNull()
    expect(toProductDocument({ ...base, status: "draft" })).toBeNull()
    expect(toProductDocument({ ...base, seller: { ...base.seller!, status: "suspended" } })).toBeNull()
    expect(toProductDocument({ ...base, seller: null })).toBeNull()
  })

  it("carries the facts as codes (unknown ones dropped), both languages' labels and the synonyms as keywords", () => {
    const doc = toProductDocument(base, { en: { title: "Jlamprang Hand-drawn Cloth" } })!
    expect(doc).toEqual(expect.objectContaining({
      title_id: "Kain Batik Tulis Jlamprang", title_en: "Jlamprang Hand-drawn Cloth", technique: "batik_tulis", is_imitation: false,
      motifs: ["jlamprang"], dye_family: "natural", eco_tags: [], seller_handle: "sekar", sentra: "kauman",
      price_idr: 1_900_000, price_usd: 160, in_stock: true, created_at: "2026-11-01T00:00:00.000Z",
    }))
    for (const word of ["Batik tulis", "Hand-drawn batik (tulis)", "Pewarna alam", "Natural dyes", "hand-drawn", "natural dye", "Indigofera (nila)", "cotton"]) {
      expect(doc.keywords).toContain(word)
    }
  })

  it("earns no eco tag from the dye family its seller declared: natural dyes stay a fact (dye_family), not an eco filter", () => {
    const doc = toProductDocument(base)!
    expect(doc.dye_family).toBe("natural")
    expect(doc.eco_tags).toEqual([])
  })

  it("earns eco tags only from verified, unexpired certificates of the product or its seller", () => {
    const now = new Date("2026-11-28T00:00:00Z")
    const doc = toProductDocument(base, { now, certificates: [
      { scheme: "gots", status: "verified", expires_at: "2027-06-01", subject_type: "product", subject_id: "prod_1" },
      { scheme: "sih_industri_hijau_batik", status: "pending", expires_at: "2027-06-01", subject_type: "seller", subject_id: "sel_1" },
      { scheme: "ipal_effluent_test", status: "verified", expires_at: "2027-06-01", subject_type: "seller", subject_id: "sel_other" },
    ] })!
    expect(doc.eco_tags).toEqual(["gots"])
  })

  it("prices from the lowest variant per currency and stock net of reservations", () => {
    expect(lowestPrice(base, "usd")).toBe(160)
    expect(lowestPrice({ ...base, variants: [] }, "idr")).toBeNull()
    // A wholesale tier (10 pieces and more) is not a one-piece "from" price.
    const tiered = { ...base.variants![1], prices: [{ amount: 1_900_000, currency_code: "idr" }, { amount: 1_500_000, currency_code: "idr", min_quantity: 10 }] }
    expect(lowestPrice({ ...base, variants: [tiered] }, "idr")).toBe(1_900_000)
    expect(inStock({ ...base, variants: [base.variants![0]] })).toBe(false)
    expect(inStock({ ...base, variants: [{ ...base.variants![0], allow_backorder: true }] })).toBe(true)
  })
})
