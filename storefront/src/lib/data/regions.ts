import "server-only";
import { cache } from "react";
import { LOCALE_REGION, REGIONS, type Locale } from "@canting/domain";
import { BackendError, storeFetch } from "./store-fetch";

type StoreRegion = { id: string; name: string; currency_code: string };

/** The Medusa region a locale shops in (id → IDR, en → USD), matched by currency. */
export const getRegion = cache(async (locale: Locale): Promise<StoreRegion> => {
  const regionCode = LOCALE_REGION[locale];
  const currency = REGIONS.find((r) => r.code === regionCode)?.currency;
  const { regions } = await storeFetch<{ regions: StoreRegion[] }>("/store/regions", locale, { limit: 50 });
  const region = regions.find((r) => r.currency_code?.toLowerCase() === currency);
  if (!region) throw new BackendError(`No region with currency ${currency} for locale ${locale}`);
  return region;
});
