import type { Translate } from "@/lib/i18n/create";
import type { ShopAddress } from "@/lib/shop/address";

/** The shipping address as a courier label: name, street, kelurahan/kecamatan, city, province, postcode, country. */
export function AddressBlock({ address, t }: { address: ShopAddress; t: Translate }) {
  const province = address.province && /^id-[a-z]{2}$/.test(address.province) ? t(`shop:province.${address.province}` as "shop:province.id-jt") : address.province;
  return (
    <address className="address-block" data-testid="address-block">
      {[address.firstName, address.phone, address.address1, address.address2, address.city, [province, address.postalCode].filter(Boolean).join(" "), address.countryCode?.toUpperCase()]
        .filter(Boolean).map((line, i) => <span key={i}>{line}<br /></span>)}
    </address>
  );
}
