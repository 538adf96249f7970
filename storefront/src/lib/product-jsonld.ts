import type { Trust } from "@/lib/trust";
import type { Product } from "@/lib/types";
import { isDemoListing } from "@/lib/metadata";
import { imageUrl } from "@/lib/images";
import { isPublicDisplayState } from "@canting/domain";

type Labels = { technique: string | null; scheme: (code: string) => string };

/**
 * schema.org Product JSON-LD for a product page: name, images, the maker as brand, the offer in the
 * shopper's currency (none for a demo listing: nothing there is for sale), the technique as a
 * property, and only verified, real certificates (never seller-declared, expired or demo ones) as `hasCertification`.
 */
export function productJsonLd(product: Product, url: string, trust: Trust | null, labels: Labels): Record<string, unknown> {
  // A demo certificate is shown to people with its demo line; to machines it would be a bare false claim.
  const verified = (trust?.certificates ?? []).filter((c) => isPublicDisplayState(c.displayState) && !c.demo);
  // Machines need absolute URLs: the largest stored size of each photo, resolved like the page's.
  const images = product.images.map((i) => imageUrl(i.variants.at(-1)?.url ?? i.url)).filter((u): u is string => u !== null);
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    url,
    ...(product.description ? { description: product.description } : {}),
    ...(images.length ? { image: images } : {}),
    ...(product.seller ? { brand: { "@type": "Brand", name: product.seller.name } } : {}),
    ...(labels.technique ? { additionalProperty: [{ "@type": "PropertyValue", name: "technique", value: labels.technique }] } : {}),
    ...(product.price && !isDemoListing(product)
      ? { offers: { "@type": "Offer", price: product.price.amount, priceCurrency: product.price.currency.toUpperCase(), url } }
      : {}),
    ...(verified.length
      ? {
          hasCertification: verified.map((c) => ({
            "@type": "Certification",
            name: labels.scheme(c.scheme),
            certificationIdentification: c.number,
            issuedBy: { "@type": "Organization", name: c.issuer },
            ...(c.expiresAt ? { expires: c.expiresAt } : {}),
          })),
        }
      : {}),
  };
}

/** The JSON for a `<script type="application/ld+json">`, safe to inline in HTML. */
export const jsonLdScript = (data: unknown) => JSON.stringify(data).replace(/</g, "\\u003c");
