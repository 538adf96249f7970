import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { ShopSeller } from "@/lib/shop/lines";
import { imageUrl } from "@/lib/images";

/**
 * One piece in a list of a cart's, an order's or an order part's lines: its thumbnail, its title
 * (a link when the product has a page), its variant, what the caller adds under them (price,
 * controls) and what ends the row (the line total, or the quantity).
 */
export function ShopLine({ thumbnail, title, href, variantTitle, testId, titleTestId, children, end, endTestId }: {
  thumbnail: string | null; title: string; href?: string | null; variantTitle: string | null;
  testId: string; titleTestId?: string; children?: ReactNode; end: ReactNode; endTestId?: string;
}) {
  return (
    <li className="cart-line" data-testid={testId}>
      <LineThumb url={thumbnail} />
      <div className="cart-line__body">
        <p className="cart-line__title" data-testid={titleTestId}>{href ? <Link href={href}>{title}</Link> : title}</p>
        {variantTitle && <p className="cart-line__variant">{variantTitle}</p>}
        {children}
      </div>
      <p className="cart-line__total" data-testid={endTestId}>{end}</p>
    </li>
  );
}

/**
 * A line's thumbnail in its 4rem square (shop.css `.cart-line__thumb`, object-fit: cover), or the
 * empty square. The width/height say the box is square before the photo arrives; lines can run
 * below the fold, so it loads lazily.
 */
export function LineThumb({ url }: { url: string | null }) {
  const src = imageUrl(url);
  return src
    ? <img className="cart-line__thumb" src={src} alt="" width={64} height={64} loading="lazy" decoding="async" />
    : <span className="cart-line__thumb" aria-hidden="true" />;
}

/** The heading over one workshop's lines: "From <workshop>" linking to its page, or "unknown workshop". */
export function SellerHeading({ seller, locale, t, testId }: { seller: ShopSeller | null; locale: Locale; t: Translate; testId: string }) {
  return (
    <h2 className="seller-group__title" data-testid={testId}>
      {seller ? <>{t("shop:cart.fromLabel")} <Link href={`/${locale}/sellers/${seller.handle}`}>{seller.name}</Link></> : t("shop:cart.unknownSeller")}
    </h2>
  );
}
