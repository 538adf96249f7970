import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { SellerListing } from "@/lib/seller-portal/listings";
import type { SellerAccount } from "@/lib/seller-portal/types";
import { ListingForm } from "./listing-form";
import { PortalFrame } from "./portal-header";
import type { FormAction } from "@/lib/result";

/** The new-listing and edit-listing page: the portal bar, a title, the form and the way back. */
export function ListingPage({ seller, listing, action, locale, t }: {
  seller: SellerAccount; listing: SellerListing | null; action: FormAction<{ id: string }>; locale: Locale; t: Translate;
}) {
  return (
    <PortalFrame name={seller.name} handle={seller.handle} locale={locale} t={t} current="products">
      <h1 className="portal__title">{t(listing ? "sellerListings.editTitle" : "sellerListings.newTitle")}</h1>
      <ListingForm locale={locale} action={action} listing={listing} approved={seller.status === "approved"} />
      <p className="portal__back">
        <Link href={`/${locale}/seller/products`} data-testid="back-to-listings">{t("sellerListings.backToListings")}</Link>
      </p>
    </PortalFrame>
  );
}
