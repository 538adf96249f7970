import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { Locale } from "@canting/domain";
import { toCustomer, type Customer } from "@/lib/shop/customer";
import { call, orThrow } from "@/lib/http/medusa";
import { readCustomerToken } from "./customer-session";

export const customerLoginPath = (locale: Locale, expired = false) => `/${locale}/account/login${expired ? "?expired=1" : ""}`;

/** The signed-in shopper, or null when there is no session or it has ended. Deduped per request. */
export const retrieveCustomer = cache(async (locale: Locale): Promise<Customer | null> => {
  const token = await readCustomerToken();
  if (!token) return null;
  const result = await call("/store/customers/me", { locale, token, query: { fields: "*addresses" } });
  if (!result.ok && (result.status === 401 || result.status === 404)) return null;
  return toCustomer(orThrow(result));
});

/** The signed-in shopper and their token; sends anyone else to the login page. */
export async function requireCustomer(locale: Locale): Promise<{ customer: Customer; token: string }> {
  const token = await readCustomerToken();
  if (!token) redirect(customerLoginPath(locale));
  const customer = await retrieveCustomer(locale);
  if (!customer) redirect(customerLoginPath(locale, true));
  return { customer, token };
}
