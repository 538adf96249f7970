"use client";

import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import type { ListingVariant } from "@/lib/seller-portal/listings";
import { Field, FieldError } from "./form-kit";

/**
 * Variant rows (size, colour, IDR and USD price, stock), at least one. Rows keep a stable key so
 * what was typed stays with its row; names follow the row's position (`variants.0.prices.idr`),
 * which is how the backend names its errors.
 */
export function VariantRows() {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const next = useRef(1);
  const [rows, setRows] = useState<number[]>([0]);
  return (
    <fieldset className="portal-form__group variants" data-testid="listing-variants">
      <legend>{t("sellerListings.form.variantsLegend")}</legend>
      <p className="field__hint">{t("sellerListings.form.variantsHint")}</p>
      <FieldError name="variants" id="variants-error" />
      {rows.map((key, i) => (
        <div key={key} className="variant" data-testid="variant-row">
          <p className="variant__title">{t("sellerListings.form.variant", { number: i + 1 })}</p>
          <Field name={`variants.${i}.size`} label={t("sellerListings.form.size")} optional maxLength={40} testId={`variant-${i}-size`} />
          <Field name={`variants.${i}.colour`} label={t("sellerListings.form.colour")} optional maxLength={40} testId={`variant-${i}-colour`} />
          <Field name={`variants.${i}.prices.idr`} label={t("sellerListings.form.priceIdr")} inputMode="numeric" autoComplete="off"
            testId={`variant-${i}-price-idr`} />
          <Field name={`variants.${i}.prices.usd`} label={t("sellerListings.form.priceUsd")} optional inputMode="decimal" autoComplete="off"
            testId={`variant-${i}-price-usd`} />
          <Field name={`variants.${i}.stock`} label={t("sellerListings.form.stock")} type="number" inputMode="numeric" min={0} max={100000}
            testId={`variant-${i}-stock`} />
          {rows.length > 1 && (
            <button type="button" className="button button--ghost button--small variant__remove" data-testid={`variant-${i}-remove`}
              onClick={() => setRows((r) => r.filter((k) => k !== key))}>
              {t("sellerListings.form.removeVariant", { number: i + 1 })}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button button--ghost" data-testid="variant-add"
        onClick={() => setRows((r) => [...r, next.current++])}>
        {t("sellerListings.form.addVariant")}
      </button>
    </fieldset>
  );
}

/** An existing listing's variants, read-only (the backend does not edit variants yet). */
export function VariantsReadOnly({ variants, locale }: { variants: ListingVariant[]; locale: Locale }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  return (
    <section className="portal-form__group variants" data-testid="listing-variants-readonly">
      <h2 className="variants__title">{t("sellerListings.form.variantsLegend")}</h2>
      <p className="field__hint">{t("sellerListings.form.variantsReadOnly")}</p>
      <ul className="variants__list" role="list">
        {variants.map((v) => (
          <li key={v.id} className="variant" data-testid="variant-readonly">
            <p className="variant__title">{v.title}</p>
            <p>{v.priceIdr !== null ? t("sellerListings.priceLine", { price: formatPrice({ amount: v.priceIdr, currency: "idr" }, locale) }) : t("sellerListings.noPrice")}
              {v.priceUsd !== null && ` · ${formatPrice({ amount: v.priceUsd, currency: "usd" }, locale)}`}</p>
            {v.stock !== null && <p>{t("sellerListings.stockLine", { count: v.stock })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
