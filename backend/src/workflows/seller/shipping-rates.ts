/**
 * Flat demo shipping rates every approved workshop starts with (not real courier tariffs; the
 * names say "demo"). Domestic courier for the Indonesia zone, international courier/EMS for the
 * International zone, each priced in IDR and USD (Medusa stores major units; IDR has no decimals).
 */
export const SELLER_SHIPPING_ZONES = ["indonesia", "international"] as const
export type SellerShippingZone = (typeof SELLER_SHIPPING_ZONES)[number]

export const SELLER_SHIPPING_RATES: Record<SellerShippingZone, {
  name: string; code: string; label: string; description: string; prices: { idr: number; usd: number }
}> = {
  indonesia: {
    name: "Kurir reguler (tarif demo)", code: "domestic-courier", label: "Reguler",
    description: "2–5 hari kerja (demo)", prices: { idr: 25000, usd: 2 },
  },
  international: {
    name: "International courier / EMS (demo rate)", code: "international-courier", label: "International",
    description: "7–14 business days (demo)", prices: { idr: 550000, usd: 35 },
  },
}

/** The service zone names of a seller's fulfillment set (Medusa wants zone names unique store-wide, hence the location id). */
export const ZONE_LABEL: Record<SellerShippingZone, string> = { indonesia: "Indonesia", international: "International" }
export const zoneName = (zone: SellerShippingZone, locationId: string) => `${ZONE_LABEL[zone]} (${locationId})`
