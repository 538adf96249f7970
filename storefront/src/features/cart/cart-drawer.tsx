"use client";

import { useEffect, useId, useRef, useState, type MouseEvent } from "react";
import { useTranslation } from "@/lib/i18n/client";
import type { Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { ShopCart } from "@/lib/shop/cart";
import "./cart-drawer.css";

type Load = { state: "idle" | "loading" | "error" } | { state: "ready"; cart: ShopCart | null };

/**
 * The header's cart link; with JavaScript it opens a drawer with the pieces grouped by workshop,
 * the subtotal and the way to the cart and the checkout. Without JavaScript it is a plain link to the cart page.
 */
export function CartDrawer({ locale, count }: { locale: Locale; count: number }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [open, setOpen] = useState(false);
  const [load, setLoad] = useState<Load>({ state: "idle" });
  const panelId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  const toggle = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (open) return setOpen(false);
    setOpen(true);
    setLoad({ state: "loading" });
    try {
      const response = await fetch(`/${locale}/cart/drawer`, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      setLoad({ state: "ready", cart: ((await response.json()) as { cart: ShopCart | null }).cart });
    } catch {
      setLoad({ state: "error" });
    }
  };

  const cart = load.state === "ready" ? load.cart : null;
  const fmt = (amount: number) => formatPrice({ amount, currency: cart?.currency ?? "idr" }, locale);
  return (
    <span className="cart-drawer">
      <a href={`/${locale}/cart`} className="cart-link" data-testid="cart-link" onClick={toggle}
        aria-expanded={open} aria-controls={panelId} aria-label={t("shop:cart.linkLabel", { count })}>
        {t("shop:cart.link")} <span className="cart-link__count" data-testid="cart-count">{count}</span>
      </a>
      {open && (
        <div id={panelId} className="cart-drawer__panel" role="dialog" aria-label={t("shop:cart.title")} data-testid="cart-drawer">
          <div className="cart-drawer__head">
            <p className="cart-drawer__title">{t("shop:cart.title")}</p>
            <button ref={closeRef} type="button" className="button button--ghost button--small" onClick={() => setOpen(false)} data-testid="cart-drawer-close">
              {t("shop:cart.close")}
            </button>
          </div>
          {load.state === "loading" && <p role="status">{t("shop:cart.loading")}</p>}
          {load.state === "error" && <p className="form-alert" role="alert">{t("shop:errors.backend")}</p>}
          {load.state === "ready" && (!cart || cart.groups.length === 0) && <p data-testid="cart-drawer-empty">{t("shop:cart.empty")}</p>}
          {cart && cart.groups.length > 0 && (
            <>
              {cart.groups.map((g) => (
                <section key={g.seller?.id ?? "unknown"} className="cart-drawer__group" data-testid="cart-drawer-group">
                  <p className="cart-drawer__seller">{g.seller ? t("shop:cart.fromSeller", { name: g.seller.name }) : t("shop:cart.unknownSeller")}</p>
                  <ul role="list">
                    {g.lines.map((l) => (
                      <li key={l.id} data-testid="cart-drawer-line">
                        <span>{l.title} × {l.quantity}</span> <span>{fmt(l.total)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
              <p className="cart-drawer__subtotal" data-testid="cart-drawer-subtotal">{t("shop:cart.subtotal")}: {fmt(cart.itemSubtotal)}</p>
              <a className="button button--block" href={`/${locale}/checkout`}>{t("shop:cart.checkout")}</a>
              <a href={`/${locale}/cart`} data-testid="cart-drawer-view">{t("shop:addToCart.viewCart")}</a>
            </>
          )}
        </div>
      )}
    </span>
  );
}
