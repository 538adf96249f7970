import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { REGIONS, REGION_COOKIE, regionFor, type Locale, type RegionCode } from "@canting/domain";
import { ApiError, read } from "@/lib/http/medusa";

type StoreRegion = { id: string; name: string; currency_code: string };

/**
 * The region the shopper browses in: their choice from the region selector (cookie), else the
 * locale's default (id → Indonesia/IDR, en → International/USD). Outside a request (build) the default.
 */
export const getRegionCode = cache(async (locale: Locale): Promise<RegionCode> => {
  let chosen: string | undefined;
  try {
    chosen = (await cookies()).get(REGION_COOKIE)?.value;
  } catch {
    chosen = undefined;
  }
  return regionFor(locale, chosen);
});

/** The Medusa region the shopper buys in, matched by its currency. */
export const getRegion = cache(async (locale: Locale): Promise<StoreRegion> => {
  const regionCode = await getRegionCode(locale);
  const currency = REGIONS.find((r) => r.code === regionCode)?.currency;
  const { regions } = await read<{ regions: StoreRegion[] }>("/store/regions", locale, { limit: 50 });
  const region = regions.find((r) => r.currency_code?.toLowerCase() === currency);
  if (!region) throw new ApiError({ message: `No region with currency ${currency} for ${regionCode}`, body: null });
  return region;
});
