import "server-only";
import { redirect } from "next/navigation";
import type { Locale } from "@canting/domain";
import { storeFetch } from "@/lib/data/store-fetch";
import { isUnauthorized, sellerFetch } from "@/lib/data/seller-fetch";
import { readSellerToken } from "@/lib/data/seller-session";
import { sellerLoginPath } from "@/lib/data/seller-portal";
import { toSellerCertificates, toTrust, type SellerCertificate, type Trust } from "@/lib/trust";

/** What shoppers may see of a product's (or a seller's) certificates, and its eco tags. */
export async function retrieveTrust(locale: Locale, subject: { productId: string } | { sellerId: string }): Promise<Trust> {
  const query = "productId" in subject ? { product_id: subject.productId } : { seller_id: subject.sellerId };
  return toTrust(await storeFetch<unknown>("/store/certifications", locale, query));
}

/** The signed-in seller's certificates, every state; no or a refused token sends the seller to log in. */
export async function listSellerCertificates(locale: Locale): Promise<SellerCertificate[]> {
  const token = await readSellerToken();
  if (!token) redirect(sellerLoginPath(locale));
  try {
    return toSellerCertificates(await sellerFetch<unknown>("/sellers/me/certifications", { locale, token }));
  } catch (e) {
    if (isUnauthorized(e)) redirect(sellerLoginPath(locale, true));
    throw e;
  }
}
