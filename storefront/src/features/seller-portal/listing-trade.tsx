"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { Field, FieldErrorsProvider, useFieldError } from "@/components/forms/form-kit";
import type { ListingTrade } from "@/lib/seller-portal/listings";
import { initialName, LOW_STOCK_DEFAULT, MAX_LOW_STOCK, MAX_MIN_ORDER_QUANTITY, termChecks } from "@/lib/seller-portal/trade-terms";
import type { ErrorKey } from "@/lib/result";

const val = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/**
 * The listing's trade terms: sold wholesale (on/off) with a minimum order, and the stock level at
 * which the seller is told to restock. The minimum can only be typed while wholesale is on (a
 * disabled input is not posted, so turning wholesale off sends no minimum and the backend drops
 * it). When editing, hidden `initial.*` inputs hold the stored terms so only changes are sent.
 */
export function TradeFields({ trade, editing }: { trade: ListingTrade | null; editing: boolean }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [wholesale, setWholesale] = useState(trade?.wholesale ?? false);
  const [checked, setChecked] = useState<Record<string, ErrorKey>>({});
  const backend = {
    wholesale: useFieldError("wholesale"),
    min_order_quantity: useFieldError("min_order_quantity"),
    low_stock_threshold: useFieldError("low_stock_threshold"),
  };

  const check = (on: boolean) => {
    const form = box.current?.closest("form");
    const value = (name: string) => (form?.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "";
    setChecked(termChecks({ wholesale: on, hsCode: value("hs_code"), moq: value("min_order_quantity"), lowStock: value("low_stock_threshold") }));
  };
  // The HS code is typed further up the form: once wholesale is on, filling it in clears our warning.
  useEffect(() => {
    const hsCode = box.current?.closest("form")?.elements.namedItem("hs_code");
    if (!wholesale || !(hsCode instanceof HTMLInputElement)) return;
    const recheck = () => check(true);
    hsCode.addEventListener("input", recheck);
    return () => hsCode.removeEventListener("input", recheck);
  });

  // The HS code warning is told where the seller ticked the box; the backend's answer stays on the HS code field.
  const wholesaleError = backend.wholesale ?? checked.hs_code;
  const errors = Object.fromEntries(Object.entries({ ...checked, ...backend }).filter(([, v]) => v !== undefined)) as Record<string, ErrorKey>;
  return (
    <div ref={box} onBlur={() => check(wholesale)}>
      <fieldset className="portal-form__group" data-testid="listing-trade">
        <legend>{t("sellerListings.trade.legend")}</legend>
        {editing && <input type="hidden" name={initialName("wholesale")} value={trade?.wholesale ? "on" : ""} />}
        {editing && <input type="hidden" name={initialName("min_order_quantity")} value={val(trade?.minOrderQuantity)} />}
        <label className="choice">
          <input type="checkbox" name="wholesale" checked={wholesale} data-testid="listing-wholesale"
            aria-invalid={wholesaleError ? true : undefined} aria-describedby={wholesaleError ? `${id}-error` : undefined}
            onChange={(e) => { setWholesale(e.currentTarget.checked); check(e.currentTarget.checked); }} />
          <span>{t("sellerListings.trade.wholesale")}
            <small className="choice__note choice__note--muted">{t("sellerListings.trade.wholesaleHint")}</small></span>
        </label>
        <p className={wholesaleError ? "field__error" : undefined} id={`${id}-error`} role="status" data-testid="listing-wholesale-error">{wholesaleError ? t(wholesaleError) : ""}</p>
        <FieldErrorsProvider errors={errors}>
          <Field name="min_order_quantity" label={t("sellerListings.trade.moq")} hint={t("sellerListings.trade.moqHint")} optional type="number"
            inputMode="numeric" min={1} max={MAX_MIN_ORDER_QUANTITY} disabled={!wholesale} defaultValue={val(trade?.minOrderQuantity)} testId="listing-moq" />
        </FieldErrorsProvider>
      </fieldset>
      <fieldset className="portal-form__group" data-testid="listing-stock-alert">
        <legend>{t("sellerListings.trade.stockAlertLegend")}</legend>
        {editing && <input type="hidden" name={initialName("low_stock_threshold")} value={val(trade?.lowStockThreshold)} />}
        <FieldErrorsProvider errors={errors}>
          <Field name="low_stock_threshold" label={t("sellerListings.trade.lowStock")} hint={t("sellerListings.trade.lowStockHint")} optional
            type="number" inputMode="numeric" min={0} max={MAX_LOW_STOCK} placeholder={String(LOW_STOCK_DEFAULT)}
            defaultValue={val(trade?.lowStockThreshold)} testId="listing-low-stock" />
        </FieldErrorsProvider>
      </fieldset>
    </div>
  );
}
