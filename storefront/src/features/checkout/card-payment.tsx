"use client";

import { startTransition, useActionState, useEffect, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "@/lib/i18n/client";
import { loadStripe } from "@stripe/stripe-js";
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import type { Locale } from "@canting/domain";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { ShopAlert } from "@/components/forms/shop-alert";
import type { FormAction, Result } from "@/lib/result";

type Props = {
  publishableKey: string;
  locale: Locale;
  /** Where Stripe sends the shopper back after a redirect-based confirmation (3-D Secure). */
  returnUrl: string;
  start: FormAction<{ clientSecret: string }>;
  complete: FormAction<null>;
};

const localeForm = (locale: Locale) => {
  const fd = new FormData();
  fd.set("locale", locale);
  return fd;
};

/**
 * Pays by card with Stripe's Payment Element: opens a payment session (server action), lets
 * Stripe.js collect and confirm the card, then places the order. A declined card shows Stripe's
 * reason and leaves the cart as it is.
 */
export function CardPayment({ publishableKey, locale, returnUrl, start, complete }: Props) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [session, startSession, starting] = useActionState<Result<{ clientSecret: string }> | null, FormData>(start, null);
  useEffect(() => {
    startTransition(() => startSession(localeForm(locale)));
  }, [locale, startSession]);
  const stripe = useMemo(() => loadStripe(publishableKey), [publishableKey]);
  if (!session || starting) return <p role="status" data-testid="card-loading">{t("shop:checkout.cardLoading")}</p>;
  if (!session.ok) return <ShopAlert state={session} testId="card-error" />;
  return (
    <Elements stripe={stripe} options={{ clientSecret: session.data.clientSecret, locale: locale === "id" ? "id" : "en" }}>
      <CardForm locale={locale} returnUrl={returnUrl} complete={complete} />
    </Elements>
  );
}

function CardForm({ locale, returnUrl, complete }: Pick<Props, "locale" | "returnUrl" | "complete">) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const stripe = useStripe();
  const elements = useElements();
  const [declined, setDeclined] = useState<Result<null> | null>(null);
  const [state, completeOrder, placing] = useActionState<Result<null> | null, FormData>(complete, null);
  const [confirming, setConfirming] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    setConfirming(true);
    setDeclined(null);
    const { error } = await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: returnUrl } });
    setConfirming(false);
    if (error) {
      setDeclined({ ok: false, errorKey: "shop:errors.paymentDeclined", detail: error.message });
      return;
    }
    startTransition(() => completeOrder(localeForm(locale)));
  };
  return (
    <form className="portal-form" onSubmit={onSubmit} data-testid="card-form">
      <PaymentElement />
      <ShopAlert state={declined ?? state} testId="card-error" />
      <button type="submit" className="button button--block" disabled={!stripe || confirming || placing} data-testid="card-pay">
        {confirming || placing ? t("shop:checkout.placing") : t("shop:checkout.payByCard")}
      </button>
    </form>
  );
}
