"use client";

import { useActionState } from "react";
import { useTranslation } from "@/lib/i18n/client";
import type { Locale } from "@canting/domain";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { ShopAlert } from "@/components/forms/shop-alert";
import type { FormAction, Result } from "@/lib/result";

/** Quantity (1 to the units in stock) and remove, for one cart line; a plain form, so it works without JavaScript. */
export function CartLineControls({ lineId, quantity, max, title, locale, action }: {
  lineId: string; quantity: number; max: number | null; title: string; locale: Locale; action: FormAction<{ count: number }>;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useActionState<Result<{ count: number }> | null, FormData>(action, null);
  return (
    <form className="cart-line__controls" action={formAction}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="line_id" value={lineId} />
      <label className="cart-line__qty">
        <span>{t("shop:cart.quantity")}</span>
        <input className="field__control" type="number" name="quantity" min={1} max={max ?? undefined} defaultValue={quantity}
          key={quantity} inputMode="numeric" required aria-label={t("shop:cart.quantityOf", { title })} data-testid="line-quantity" />
      </label>
      <button type="submit" name="intent" value="update" className="button button--ghost button--small" disabled={pending} data-testid="line-update">
        {t("shop:cart.update")}
      </button>
      <button type="submit" name="intent" value="remove" className="button button--ghost button--small" disabled={pending} formNoValidate
        aria-label={t("shop:cart.removeOf", { title })} data-testid="line-remove">
        {t("shop:cart.remove")}
      </button>
      {max !== null && <p className="cart-line__stock" data-testid="line-stock">{t("shop:cart.stockLeft", { count: max })}</p>}
      <ShopAlert state={state} testId="line-error" />
    </form>
  );
}
