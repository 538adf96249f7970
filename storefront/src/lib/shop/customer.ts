import { toShopAddress, type ShopAddress } from "@/lib/shop/address";
import { isObj, str } from "@/lib/read";

export type CustomerAddress = ShopAddress & { id: string };
export type Customer = { id: string; email: string; firstName: string | null; lastName: string | null; addresses: CustomerAddress[] };

/** `GET /store/customers/me` → the account page's customer. */
export function toCustomer(raw: unknown): Customer | null {
  const c = isObj(raw) && isObj(raw.customer) ? raw.customer : raw;
  if (!isObj(c) || !str(c.id)) return null;
  return {
    id: str(c.id)!,
    email: str(c.email) ?? "",
    firstName: str(c.first_name),
    lastName: str(c.last_name),
    addresses: (Array.isArray(c.addresses) ? c.addresses : []).flatMap((a) => {
      const id = isObj(a) ? str(a.id) : null;
      const address = toShopAddress(a);
      return id && address ? [{ ...address, id }] : [];
    }),
  };
}
