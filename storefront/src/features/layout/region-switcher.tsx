"use client";

import { useRouter } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
// A subpath of @canting/domain, not its index: client JavaScript then holds this module only, not
// the whole package (rubric, vocabularies, rules), whatever the bundler shakes out of the index.
import { REGIONS, REGION_COOKIE, type RegionCode } from "@canting/domain/locales";
import { preferenceCookie } from "@/lib/http/cookie-options";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Chooses where the shopper buys (Indonesia in rupiah, International in US dollars), independently of
 * the language. The choice lives in a cookie the server reads for prices, carts and checkout.
 */
export function RegionSwitcher({ region }: { region: RegionCode }) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <label className="region-switcher">
      <span className="visually-hidden">{t("region.label")}</span>
      <select
        data-testid="region-switcher"
        value={region}
        title={t("region.label")}
        onChange={(e) => {
          document.cookie = preferenceCookie(REGION_COOKIE, e.target.value, ONE_YEAR, location.protocol);
          router.refresh();
        }}
      >
        {REGIONS.map((r) => (
          <option key={r.code} value={r.code}>{t(`region.name.${r.code}`)}</option>
        ))}
      </select>
    </label>
  );
}
