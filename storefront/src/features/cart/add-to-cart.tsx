"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { useTranslation } from "@/lib/i18n/client";
import type { Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { ShopAlert } from "@/components/forms/shop-alert";
import type { FormAction, Result } from "@/lib/result";

export type AddToCartVariant = { id: string; title: string; stock: number | null; price: number | null; currency: string | null };

/**
 * Variant picker, quantity (limited by stock, from the wholesale minimum) and "add to cart" on the
 * product page. A plain form posting to a server action, so it works before (or without) JavaScript.
 */
export function AddToCart({ variants, locale, action, minimum = 1 }: {
  variants: AddToCartVariant[]; locale: Locale; action: FormAction<{ count: number }>;
  /** A wholesale listing's minimum order: the quantity starts there (the backend refuses less anyway). */
  minimum?: number;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useActionState<Result<{ count: number }> | null, FormData>(action, null);
  const buyable = variants.filter((v) => v.stock === null || v.stock > 0);
  const [variantId, setVariantId] = useState(buyable[0]?.id ?? "");
  const chosen = variants.find((v) => v.id === variantId);
  if (buyable.length === 0) {
    return <p className="add-to-cart__soldout" data-testid="sold-out">{t("shop:addToCart.soldOut")}</p>;
  }
  const max = chosen?.stock ?? undefined;
  return (
    <form className="add-to-cart" action={formAction} data-testid="add-to-cart">
      <input type="hidden" name="locale" value={locale} />
      {variants.length > 1 ? (
        <label className="field">
          <span className="field__label">{t("shop:addToCart.variant")}</span>
          <select className="field__control" name="variant_id" value={variantId} onChange={(e) => setVariantId(e.currentTarget.value)} data-testid="variant-select">
            {variants.map((v) => {
              const out = v.stock !== null && v.stock <= 0;
              const price = v.price !== null && v.currency ? ` · ${formatPrice({ amount: v.price, currency: v.currency }, locale)}` : "";
              return (
                <option key={v.id} value={v.id} disabled={out}>
                  {(v.title || t("shop:addToCart.defaultVariant")) + price + (out ? ` · ${t("shop:addToCart.soldOut")}` : "")}
                </option>
              );
            })}
          </select>
        </label>
      ) : (
        <input type="hidden" name="variant_id" value={variantId} />
      )}
      <label className="field add-to-cart__qty">
        <span className="field__label">{t("shop:cart.quantity")}</span>
        <input className="field__control" type="number" name="quantity" min={minimum} max={max} defaultValue={minimum} inputMode="numeric" required
          aria-describedby={minimum > 1 ? "add-to-cart-minimum" : undefined} data-testid="add-quantity" />
      </label>
      {minimum > 1 && <p className="add-to-cart__minimum" id="add-to-cart-minimum" data-testid="add-minimum">{t("shop:addToCart.minimum", { count: minimum })}</p>}
      {chosen?.stock != null && <p className="add-to-cart__stock" data-testid="stock-left">{t("shop:addToCart.inStock", { count: chosen.stock })}</p>}
      <button type="submit" className="button button--block" disabled={pending} data-testid="add-to-cart-submit">{t("shop:addToCart.add")}</button>
      {state?.ok && (
        <p className="form-alert form-alert--ok" role="status" data-testid="added-to-cart">
          {t("shop:addToCart.added", { count: state.data.count })} <Link href={`/${locale}/cart`} data-testid="view-cart">{t("shop:addToCart.viewCart")}</Link>
        </p>
      )}
      <ShopAlert state={state} />
    </form>
  );
}
