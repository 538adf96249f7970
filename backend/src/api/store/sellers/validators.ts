import { z } from "zod"
import { TECHNIQUES } from "@canting/domain"

export const StoreListSellersParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  sentra: z.string().optional(),
  technique: z.enum(TECHNIQUES).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  /** `true`: only sellers whose export-readiness band is export_ready. */
  export_ready: z.enum(["true", "false"]).optional(),
})
export type StoreListSellersParamsType = z.infer<typeof StoreListSellersParams>

export const StoreGetSellerParams = z.object({})
