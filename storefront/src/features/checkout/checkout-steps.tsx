"use client";

import { useActionState, useState, type ReactNode } from "react";
import { useTranslation } from "@/lib/i18n/client";
import type { AddressForm, Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { FieldErrorsProvider, ChoiceGroup } from "@/components/forms/form-kit";
import { ShopAlert } from "@/components/forms/shop-alert";
import { AddressFields } from "@/components/forms/address-fields";
import type { FormAction, Result } from "@/lib/result";

type Step = FormAction<null>;
const useStep = (action: Step) => useActionState<Result<null> | null, FormData>(action, null);

/** Step 1: email and shipping address. Posted without JavaScript it still works; what was typed comes back on a refusal. */
export function CheckoutAddressStep({ form, values, countries, locale, action }: {
  form: AddressForm; values: Record<string, string>; countries: string[]; locale: Locale; action: Step;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useStep(action);
  const shown = state && !state.ok && state.values ? { ...values, ...state.values } : values;
  return (
    <form className="portal-form" action={formAction} noValidate data-testid="checkout-address">
      <input type="hidden" name="locale" value={locale} />
      <ShopAlert state={state} testId="address-error" />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <AddressFields form={form} values={shown} countries={countries} locale={locale} withEmail />
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="address-submit">{t("shop:checkout.saveAddress")}</button>
      {state?.ok && <p className="form-alert form-alert--ok" role="status">{t("shop:checkout.saved")}</p>}
    </form>
  );
}

export type ShippingChoice = { id: string; name: string; amount: number | null };
/** One workshop's part of the shipping step: its options for the cart's country and the one chosen. */
export type SellerShippingChoice = { profileId: string; sellerName: string | null; options: ShippingChoice[]; chosen: string | null };

/** The form field of one workshop's choice (one radio group per seller, posted together). */
export const shippingField = (profileId: string) => `option_id.${profileId}`;

/**
 * Step 2: each workshop ships its own part, so the shopper picks one option per workshop (its
 * domestic courier for Indonesia, its international courier/EMS elsewhere). One form posts every
 * choice at once; it works without JavaScript.
 */
export function CheckoutShippingStep({ sellers, currency, locale, action }: {
  sellers: SellerShippingChoice[]; currency: string; locale: Locale; action: Step;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useStep(action);
  if (sellers.length === 0 || sellers.some((s) => s.options.length === 0)) {
    return <p className="form-alert" role="alert" data-testid="no-shipping">{t("shop:checkout.noShipping")}</p>;
  }
  return (
    <form className="portal-form" action={formAction} data-testid="checkout-shipping">
      <input type="hidden" name="locale" value={locale} />
      <ShopAlert state={state} testId="shipping-error" />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        {sellers.map((s) => (
          <div key={s.profileId} data-testid="shipping-seller">
            <input type="hidden" name="shipping_groups" value={s.profileId} />
            <ChoiceGroup name={shippingField(s.profileId)} type="radio" testId="shipping-options"
              legend={s.sellerName ? t("shop:checkout.shippingFrom", { name: s.sellerName }) : t("shop:checkout.shippingLegend")}
              checked={[s.chosen ?? (s.options.length === 1 ? s.options[0].id : "")]}
              options={s.options.map((o) => ({ value: o.id, label: o.amount === null ? o.name : `${o.name} · ${formatPrice({ amount: o.amount, currency }, locale)}` }))} />
          </div>
        ))}
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="shipping-submit">{t("shop:checkout.saveShipping")}</button>
    </form>
  );
}

/**
 * Step 3: payment method and "place order"; a refusal (sold out, declined) keeps the cart and says
 * why. With `card` (Stripe's Payment Element, when the region offers Stripe and a key is set),
 * choosing the card shows it in place of the button.
 */
export function CheckoutPaymentStep({ providers, locale, action, card }: { providers: string[]; locale: Locale; action: Step; card?: ReactNode }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useStep(action);
  const [chosen, setChosen] = useState(providers[0] ?? "");
  const label = (id: string) => (id === "pp_system_default" ? t("shop:checkout.bankTransfer") : t("shop:checkout.card"));
  const note = (id: string) => (id === "pp_system_default" ? t("shop:checkout.bankTransferHint") : t("shop:checkout.cardHint"));
  const byCard = chosen === "pp_stripe_stripe" && card;
  return (
    <>
      <form className="portal-form" action={formAction} data-testid="checkout-payment">
        <input type="hidden" name="locale" value={locale} />
        <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
          <fieldset className="choices" data-testid="payment-options">
            <legend className="field__label">{t("shop:checkout.paymentLegend")}</legend>
            {providers.map((p) => (
              <label key={p} className="choice">
                <input type="radio" name="provider_id" value={p} checked={chosen === p} onChange={() => setChosen(p)} data-testid={`payment-${p}`} />
                <span>{label(p)}<small className="choice__hint">{note(p)}</small></span>
              </label>
            ))}
          </fieldset>
        </FieldErrorsProvider>
        <ShopAlert state={state} testId="place-order-error" />
        {!byCard && (
          <button type="submit" className="button button--block" disabled={pending} data-testid="place-order">
            {pending ? t("shop:checkout.placing") : t("shop:checkout.placeOrder")}
          </button>
        )}
      </form>
      {byCard && <div className="card-payment" data-testid="card-payment">{card}</div>}
    </>
  );
}
