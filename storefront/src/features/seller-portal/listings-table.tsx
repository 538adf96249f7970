"use client";

import { useState } from "react";
import Link from "next/link";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { isImitation, type Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import { lowestIdr, totalStock, type SellerListing } from "@/lib/seller-portal/listings";
import { FormAlert, useFormAction } from "@/components/forms/form-kit";
import type { FormAction } from "@/lib/result";

type Actions = { statusAction: FormAction<{ id: string }>; deleteAction: FormAction<{ id: string }> };

/** Publish or unpublish; before approval the publish button is disabled and the reason is shown. */
function StatusButton({ listing, locale, approved, action }: { listing: SellerListing; locale: Locale; approved: boolean; action: Actions["statusAction"] }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const { state, pending, onSubmit } = useFormAction(action);
  const publishing = listing.status === "draft";
  const locked = publishing && !approved;
  return (
    <form method="post" onSubmit={onSubmit} className="listing__action">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={listing.id} />
      <input type="hidden" name="status" value={publishing ? "published" : "draft"} />
      <button type="submit" className={publishing ? "button button--small" : "button button--ghost button--small"}
        disabled={pending || locked} aria-describedby={locked ? `locked-${listing.id}` : undefined}
        data-testid={publishing ? "listing-publish" : "listing-unpublish"}>
        {t(publishing ? "sellerListings.publish" : "sellerListings.unpublish")}
      </button>
      {locked && <p className="field__hint" id={`locked-${listing.id}`} data-testid="listing-publish-locked">{t("errors:publish_requires_approval")}</p>}
      <FormAlert state={state} testId="listing-status-error" />
    </form>
  );
}

/** Delete asks first, inline (no browser dialog), then removes the listing. */
function DeleteButton({ listing, locale, action }: { listing: SellerListing; locale: Locale; action: Actions["deleteAction"] }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const { state, pending, onSubmit } = useFormAction(action);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--ghost button--small" data-testid="listing-delete" onClick={() => setAsking(true)}
        aria-label={t("sellerListings.deleteLabel", { title: listing.title })}>
        {t("sellerListings.delete")}
      </button>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} className="listing__confirm" role="alertdialog" aria-labelledby={`confirm-${listing.id}`} data-testid="listing-delete-dialog">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={listing.id} />
      <p id={`confirm-${listing.id}`}>{t("sellerListings.deleteConfirm", { title: listing.title })}</p>
      <div className="listing__confirm-actions">
        <button type="submit" className="button button--small button--danger" disabled={pending} data-testid="listing-delete-confirm">
          {t("sellerListings.deleteYes")}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => setAsking(false)} data-testid="listing-delete-cancel">
          {t("sellerListings.cancel")}
        </button>
      </div>
      <FormAlert state={state} testId="listing-delete-error" />
    </form>
  );
}

/** The seller's listings as cards (one column on a phone): photo, title, technique, status, price, stock, actions. */
export function ListingsTable({ listings, locale, approved, statusAction, deleteAction }: {
  listings: SellerListing[]; locale: Locale; approved: boolean;
} & Actions) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  if (listings.length === 0) return <p className="empty" data-testid="listings-empty">{t("sellerListings.empty")}</p>;
  return (
    <ul className="listings" role="list" data-testid="listings-table">
      {listings.map((l) => {
        const price = lowestIdr(l);
        const stock = totalStock(l);
        return (
          <li key={l.id} className="listing" data-testid="listing-row" data-id={l.id} data-status={l.status}>
            <div className="listing__thumb">
              {l.thumbnail ? <img src={l.thumbnail} alt="" loading="lazy" /> : <span>{t("sellerListings.noThumbnail")}</span>}
            </div>
            <div className="listing__body">
              <h2 className="listing__title" data-testid="listing-title">{l.title}</h2>
              {l.technique && (
                <p className={isImitation(l.technique) ? "listing__technique listing__technique--imitation" : "listing__technique"}
                  data-testid="listing-technique" data-technique={l.technique}>
                  {t(`vocab:technique.${l.technique}`)}
                </p>
              )}
              <p className={`listing__status listing__status--${l.status}`} data-testid="listing-status">{t(`sellerListings.status.${l.status}`)}</p>
              <p data-testid="listing-price">
                {price !== null ? t("sellerListings.priceLine", { price: formatPrice({ amount: price, currency: "idr" }, locale) }) : t("sellerListings.noPrice")}
              </p>
              {stock !== null && <p data-testid="listing-stock">{t("sellerListings.stockLine", { count: stock })}</p>}
            </div>
            <div className="listing__actions">
              <StatusButton listing={l} locale={locale} approved={approved} action={statusAction} />
              <Link className="button button--ghost button--small" href={`/${locale}/seller/products/${encodeURIComponent(l.id)}`} data-testid="listing-edit">
                {t("sellerListings.edit")}
              </Link>
              <DeleteButton listing={l} locale={locale} action={deleteAction} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
