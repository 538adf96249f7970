import { ID_POSTCODE_PATTERN, INTL_POSTCODE_PATTERN, isIdProvince, type AddressForm } from "@canting/domain";
import type { ErrorKey } from "@/lib/result";
import { isObj, str } from "@/lib/read";
import { checkEmail } from "@/lib/validation";

/** An address on a cart, an order or in the account, as the shop shows and edits it. */
export type ShopAddress = {
  firstName: string | null;
  phone: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  province: string | null;
  postalCode: string | null;
  countryCode: string | null;
  kelurahan: string | null;
  kecamatan: string | null;
};

/** A Medusa address (kelurahan and kecamatan kept in its metadata), or null when it says nowhere. */
export function toShopAddress(raw: unknown): ShopAddress | null {
  if (!isObj(raw)) return null;
  const meta = isObj(raw.metadata) ? raw.metadata : {};
  const a: ShopAddress = {
    firstName: str(raw.first_name),
    phone: str(raw.phone),
    address1: str(raw.address_1),
    address2: str(raw.address_2),
    city: str(raw.city),
    province: str(raw.province),
    postalCode: str(raw.postal_code),
    countryCode: str(raw.country_code)?.toLowerCase() ?? null,
    kelurahan: str(meta.kelurahan),
    kecamatan: str(meta.kecamatan),
  };
  return a.address1 || a.city || a.postalCode ? a : null;
}

/** The inputs of each address form, in order (named after Medusa's address fields, plus kelurahan/kecamatan). */
export const ADDRESS_INPUTS: Record<AddressForm, readonly string[]> = {
  indonesia: ["first_name", "phone", "address_1", "kelurahan", "kecamatan", "city", "province", "postal_code"],
  international: ["first_name", "phone", "address_1", "address_2", "city", "province", "postal_code", "country_code"],
};
const OPTIONAL = new Set(["address_2", "province:international"]);
const MAX_LENGTH = 200;

/** A Medusa address payload (`shipping_address` of `POST /store/carts/:id`, or `/store/customers/me/addresses`). */
export type AddressPayload = {
  first_name: string; phone: string; address_1: string; address_2?: string; city: string;
  province?: string; postal_code: string; country_code: string; metadata?: Record<string, string>;
};

export type AddressReading = {
  values: Record<string, string>;
  fieldErrors: Record<string, ErrorKey>;
  payload: AddressPayload | null;
  email: string | null;
};

const value = (fd: FormData, name: string) => {
  const v = fd.get(name);
  return typeof v === "string" ? v.trim() : "";
};

/**
 * Reads and checks an address form. Indonesia: province from the 38, kecamatan and kelurahan,
 * a 5-digit postcode. International: a country of the region, a postcode of 2–10 letters/digits.
 * With `withEmail` the form's email is read and checked too (checkout).
 */
export function readAddressForm(fd: FormData, form: AddressForm, { countries = ["id"], withEmail = false }: { countries?: string[]; withEmail?: boolean } = {}): AddressReading {
  const names = [...(withEmail ? ["email"] : []), ...ADDRESS_INPUTS[form]];
  const values = Object.fromEntries(names.map((n) => [n, value(fd, n)]));
  if (form === "international") values.country_code = values.country_code.toLowerCase();
  if (form === "indonesia") values.postal_code = values.postal_code.replace(/\s/g, "");
  const fieldErrors: Record<string, ErrorKey> = {};
  for (const n of names) {
    if (values[n] === "" && !OPTIONAL.has(n) && !OPTIONAL.has(`${n}:${form}`)) fieldErrors[n] = "errors:required";
    else if (values[n].length > MAX_LENGTH) fieldErrors[n] = "errors:too_long";
  }
  const emailError = withEmail && !fieldErrors.email ? checkEmail(values.email, { optional: true }) : null;
  if (emailError) fieldErrors.email = emailError;
  if (values.phone && !fieldErrors.phone && !/^\+?[\d\s\-()]{6,20}$/.test(values.phone)) fieldErrors.phone = "errors:phone_format";
  if (values.postal_code && !fieldErrors.postal_code) {
    const ok = form === "indonesia" ? ID_POSTCODE_PATTERN.test(values.postal_code) : INTL_POSTCODE_PATTERN.test(values.postal_code);
    if (!ok) fieldErrors.postal_code = "errors:postcode_format";
  }
  if (form === "indonesia" && values.province && !fieldErrors.province && !isIdProvince(values.province)) fieldErrors.province = "errors:unknown_code";
  if (form === "international" && values.country_code && !fieldErrors.country_code && !countries.includes(values.country_code)) {
    fieldErrors.country_code = "errors:unknown_code";
  }
  if (Object.keys(fieldErrors).length) return { values, fieldErrors, payload: null, email: null };
  const payload: AddressPayload = form === "indonesia"
    ? {
        first_name: values.first_name, phone: values.phone, address_1: values.address_1,
        // Couriers and sellers read address_2; the parts stay separate in metadata for forms.
        address_2: `${values.kelurahan}, ${values.kecamatan}`,
        city: values.city, province: values.province, postal_code: values.postal_code, country_code: "id",
        metadata: { kelurahan: values.kelurahan, kecamatan: values.kecamatan },
      }
    : {
        first_name: values.first_name, phone: values.phone, address_1: values.address_1,
        ...(values.address_2 ? { address_2: values.address_2 } : {}),
        city: values.city, ...(values.province ? { province: values.province } : {}),
        postal_code: values.postal_code, country_code: values.country_code,
      };
  return { values, fieldErrors, payload, email: withEmail ? values.email : null };
}

/** An address already on the cart (or in the account) as form values. */
export function addressValues(a: ShopAddress | null, email?: string | null): Record<string, string> {
  return {
    email: email ?? "",
    first_name: a?.firstName ?? "",
    phone: a?.phone ?? "",
    address_1: a?.address1 ?? "",
    address_2: a?.kelurahan ? "" : a?.address2 ?? "",
    kelurahan: a?.kelurahan ?? "",
    kecamatan: a?.kecamatan ?? "",
    city: a?.city ?? "",
    province: a?.province ?? "",
    postal_code: a?.postalCode ?? "",
    country_code: a?.countryCode ?? "",
  };
}
