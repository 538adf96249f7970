"use client";

import { useState } from "react";
import Link from "next/link";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { isImitation, type Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import { lowestIdr, totalStock, type SellerListing } from "@/lib/seller-portal/listings";
import { FormAlert, useFormAction } from "@/components/forms/form-kit";
import { SortHeader } from "@/components/portal-list/sort-header";
import { LISTINGS_LIST, listHref, type ListParams } from "@/lib/seller-portal/list-params";
import { formatDate } from "@/lib/shop/seller-orders";
import type { ListingSort, ListingStatus } from "@canting/domain";
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

const BASE_PARAMS: ListParams<ListingSort, ListingStatus> = { page: 1, q: "", status: "", sort: LISTINGS_LIST.defaultSort };

/**
 * The seller's listings as a table (photo, title, technique, status, price, stock, last edit,
 * actions) with sortable title and last-edit columns; below 1024 px each row is drawn as a card
 * and each cell carries its own label.
 */
export function ListingsTable({ listings, locale, approved, statusAction, deleteAction, params = BASE_PARAMS }: {
  listings: SellerListing[]; locale: Locale; approved: boolean; params?: ListParams<ListingSort, ListingStatus>;
} & Actions) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  if (listings.length === 0) {
    const filtered = Boolean(params.q || params.status);
    return <p className="empty" data-testid="listings-empty">{t(filtered ? "portalList.noMatch" : "sellerListings.empty")}</p>;
  }
  const base = `/${locale}/seller/products`;
  const hrefFor = (sort: ListingSort) => listHref(base, LISTINGS_LIST, params, { sort });
  const header = (field: "title" | "updated_at", label: string, first: ListingSort) => (
    <SortHeader label={label} field={field} sort={params.sort} sorts={LISTINGS_LIST.sorts} first={first}
      hrefFor={(s) => hrefFor(s as ListingSort)} testId={`listings-sort-${field}`} />
  );
  const label = (key: "price" | "stock" | "updated") => <span className="cell-label">{t(`sellerListings.columns.${key}`)}: </span>;
  return (
    <table className="portal-table listings" data-testid="listings-table">
      <caption className="visually-hidden">{t("sellerListings.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col"><span className="visually-hidden">{t("sellerListings.columns.photo")}</span></th>
          {header("title", t("sellerListings.columns.title"), "title")}
          <th scope="col">{t("sellerListings.columns.technique")}</th>
          <th scope="col">{t("sellerListings.columns.status")}</th>
          <th scope="col">{t("sellerListings.columns.price")}</th>
          <th scope="col">{t("sellerListings.columns.stock")}</th>
          {header("updated_at", t("sellerListings.columns.updated"), "-updated_at")}
          <th scope="col">{t("sellerListings.columns.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {listings.map((l) => {
          const price = lowestIdr(l);
          const stock = totalStock(l);
          return (
            <tr key={l.id} className="listing" data-testid="listing-row" data-id={l.id} data-status={l.status}>
              <td className="listing__thumb">
                {l.thumbnail ? <img src={l.thumbnail} alt="" loading="lazy" /> : <span>{t("sellerListings.noThumbnail")}</span>}
              </td>
              <th scope="row" className="listing__title" data-testid="listing-title">{l.title}</th>
              <td>
                {l.technique && (
                  <span className={isImitation(l.technique) ? "listing__technique listing__technique--imitation" : "listing__technique"}
                    data-testid="listing-technique" data-technique={l.technique}>
                    {t(`vocab:technique.${l.technique}`)}
                  </span>
                )}
              </td>
              <td><span className={`listing__status listing__status--${l.status}`} data-testid="listing-status">{t(`sellerListings.status.${l.status}`)}</span></td>
              <td data-testid="listing-price">
                {price !== null ? <>{label("price")}{formatPrice({ amount: price, currency: "idr" }, locale)}</> : t("sellerListings.noPrice")}
              </td>
              <td>{stock !== null && <span data-testid="listing-stock">{label("stock")}{stock}</span>}</td>
              <td data-testid="listing-updated">{l.updatedAt && <>{label("updated")}{formatDate(l.updatedAt, locale)}</>}</td>
              <td className="listing__actions">
                <StatusButton listing={l} locale={locale} approved={approved} action={statusAction} />
                <Link className="button button--ghost button--small" href={`/${locale}/seller/products/${encodeURIComponent(l.id)}`} data-testid="listing-edit">
                  {t("sellerListings.edit")}
                </Link>
                <DeleteButton listing={l} locale={locale} action={deleteAction} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
