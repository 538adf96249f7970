import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { ProductSummary, SellerProfile as Seller } from "@/lib/types";
import { ProductGrid } from "@/components/product/product-grid";
import { TechniqueBadge } from "@/components/product/technique-badge";
import { CertificateBadges } from "@/components/product/certificate-badges";
import type { Trust } from "@/lib/trust";
import { imageUrl } from "@/lib/images";

/** The banner's box is 4:1 (globals.css `.profile__banner`), as wide as the page (72rem at most). */
const BANNER_SIZE = { width: 1280, height: 320 } as const;

function Workforce({ seller, t }: { seller: Seller; t: Translate }) {
  const { workforceTotal: total, workforceBpjs: bpjs, apprenticesUnder25: apprentices } = seller;
  const lines = [
    total !== null && t("seller.workforceTotal", { count: total }),
    total !== null && bpjs !== null && t("seller.bpjs", { enrolled: bpjs, total }),
    apprentices !== null && apprentices > 0 && t("seller.apprentices", { count: apprentices }),
  ].filter((l): l is string => typeof l === "string");
  if (lines.length === 0) return null;
  return (
    <section className="profile__block" aria-labelledby="workforce-title">
      <h2 id="workforce-title">{t("seller.workforceTitle")}</h2>
      <ul className="profile__list" data-testid="seller-workforce">
        {lines.map((l) => <li key={l}>{l}</li>)}
      </ul>
    </section>
  );
}

/** A seller's public profile: who they are, how they work, their verified certificates, and the cloth they sell. */
export function SellerProfile({ seller, products, trust, locale, t }: {
  seller: Seller; products: ProductSummary[]; trust?: Trust | null; locale: Locale; t: Translate;
}) {
  const place = [seller.sentra && t("seller.sentra", { sentra: t(`vocab:sentra.${seller.sentra}`) }), seller.city].filter(Boolean).join(", ");
  const banner = imageUrl(seller.bannerUrl), logo = imageUrl(seller.logoUrl);
  return (
    <article className="profile">
      {/* The banner is the page's LCP element: fetched first. Its box is 4:1 in CSS whatever the photo's size. */}
      {banner && (
        <img className="profile__banner" src={banner} alt={t("seller.bannerAlt", { name: seller.name })} data-testid="seller-banner"
          width={BANNER_SIZE.width} height={BANNER_SIZE.height} loading="eager" fetchPriority="high" />
      )}
      <header className="profile__header">
        {logo && <img className="profile__logo" src={logo} alt={t("seller.logoAlt", { name: seller.name })} width={80} height={80} decoding="async" />}
        <div>
          <h1>{seller.name}</h1>
          {place && <p className="profile__place" data-testid="seller-place">{place}</p>}
          {seller.foundedYear !== null && <p className="profile__founded">{t("seller.founded", { year: seller.foundedYear })}</p>}
        </div>
      </header>
      <div className="profile__columns">
        <div>
          {seller.story && (
            <section className="profile__block" aria-labelledby="story-title">
              <h2 id="story-title">{t("seller.storyTitle")}</h2>
              <p className="profile__story">{seller.story}</p>
            </section>
          )}
        </div>
        <div className="profile__facts" aria-label={t("seller.factsLabel")}>
          {seller.techniques.length > 0 && (
            <section className="profile__block" aria-labelledby="techniques-title">
              <h2 id="techniques-title">{t("seller.techniquesTitle")}</h2>
              <ul className="profile__techniques" role="list">
                {seller.techniques.map((tech) => <li key={tech}><TechniqueBadge technique={tech} t={t} /></li>)}
              </ul>
            </section>
          )}
          <Workforce seller={seller} t={t} />
          {seller.wastewaterMethod && (
            <section className="profile__block" aria-labelledby="wastewater-title">
              <h2 id="wastewater-title">{t("seller.wastewaterTitle")}</h2>
              <p data-testid="seller-wastewater">{t(`vocab:wastewater.${seller.wastewaterMethod}`)}</p>
              {seller.ipalName && <p>{t("seller.ipal", { name: seller.ipalName })}</p>}
            </section>
          )}
          {trust && <CertificateBadges trust={trust} locale={locale} t={t} />}
        </div>
      </div>
      <section className="section" aria-labelledby="seller-products-title">
        <h2 id="seller-products-title">{t("seller.productsTitle", { name: seller.name })}</h2>
        <ProductGrid products={products} locale={locale} t={t} emptyText={t("seller.noProducts")} />
      </section>
    </article>
  );
}
