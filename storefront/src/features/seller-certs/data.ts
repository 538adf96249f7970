import "server-only";
import type { Locale } from "@canting/domain";
import { read } from "@/lib/http/medusa";
import { sellerGet } from "@/lib/data/seller-portal";
import { toSellerCertificates, toTrust, type SellerCertificate, type Trust } from "@/lib/trust";

/** What shoppers may see of a product's (or a seller's) certificates, and its eco tags. */
export async function retrieveTrust(locale: Locale, subject: { productId: string } | { sellerId: string }): Promise<Trust> {
  const query = "productId" in subject ? { product_id: subject.productId } : { seller_id: subject.sellerId };
  return toTrust(await read<unknown>("/store/certifications", locale, query));
}

/** The signed-in seller's certificates, every state; no or a refused token sends the seller to log in. */
export async function listSellerCertificates(locale: Locale): Promise<SellerCertificate[]> {
  return toSellerCertificates(await sellerGet<unknown>(locale, "/sellers/me/certifications"));
}
