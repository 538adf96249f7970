/** Public seller fields: what a shopper may see. Contact and identity stay private. */
export const storeSellerFields = [
  "id",
  "handle",
  "name",
  "sentra",
  "city",
  "province",
  "founded_year",
  "techniques",
  // Monthly capacity and lead time per technique: what an export buyer plans an order around.
  "capacity",
  "story",
  "workforce_total",
  "workforce_bpjs",
  "apprentices_under_25",
  "wastewater_method",
  "ipal_name",
  "logo_url",
  "banner_url",
  "is_demo",
]
