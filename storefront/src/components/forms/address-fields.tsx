"use client";

import { useTranslation } from "@/lib/i18n/client";
import { ID_PROVINCES, MEDUSA_LOCALE, type AddressForm, type Locale } from "@canting/domain";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { Field } from "@/components/forms/form-kit";

/** A country's name in the shopper's language ("Jepang", "Japan"), from the browser's/Node's own data. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([MEDUSA_LOCALE[locale]], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

/**
 * The address inputs: the Indonesian form (province, city/regency, kecamatan, kelurahan, 5-digit
 * postcode) or the international one (country of the region, state, postcode). Errors come from
 * the surrounding `FieldErrorsProvider`.
 */
export function AddressFields({ form, values, countries, locale, withEmail = false }: {
  form: AddressForm; values: Record<string, string>; countries: string[]; locale: Locale; withEmail?: boolean;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const v = (name: string) => values[name] ?? "";
  return (
    <div className="portal-form__fields" key={JSON.stringify(values)} data-testid={`address-form-${form}`}>
      {withEmail && (
        <Field name="email" type="email" label={t("shop:address.email")} hint={t("shop:address.emailHint")} autoComplete="email"
          required defaultValue={v("email")} testId="address-email" />
      )}
      <Field name="first_name" label={t("shop:address.name")} autoComplete="name" required defaultValue={v("first_name")} testId="address-name" />
      <Field name="phone" type="tel" label={t("shop:address.phone")} hint={t("shop:address.phoneHint")} autoComplete="tel" inputMode="tel"
        required defaultValue={v("phone")} testId="address-phone" />
      {form === "international" && (
        <Field name="country_code" label={t("shop:address.country")} required defaultValue={v("country_code")} testId="address-country"
          placeholder={t("shop:address.chooseCountry")}
          options={countries.map((c) => ({ value: c, label: countryName(c, locale) })).sort((a, b) => a.label.localeCompare(b.label))} />
      )}
      <Field name="address_1" label={t(form === "indonesia" ? "shop:address.streetId" : "shop:address.street")} autoComplete="address-line1"
        required defaultValue={v("address_1")} testId="address-street" />
      {form === "indonesia" ? (
        <>
          <Field name="kelurahan" label={t("shop:address.kelurahan")} required defaultValue={v("kelurahan")} testId="address-kelurahan" />
          <Field name="kecamatan" label={t("shop:address.kecamatan")} required defaultValue={v("kecamatan")} testId="address-kecamatan" />
          <Field name="city" label={t("shop:address.cityId")} hint={t("shop:address.cityIdHint")} autoComplete="address-level2"
            required defaultValue={v("city")} testId="address-city" />
          <Field name="province" label={t("shop:address.provinceId")} required defaultValue={v("province")} testId="address-province"
            placeholder={t("shop:address.chooseProvince")}
            options={ID_PROVINCES.map((p) => ({ value: p, label: t(`shop:province.${p}`) }))} />
          <Field name="postal_code" label={t("shop:address.postcode")} hint={t("shop:address.postcodeIdHint")} autoComplete="postal-code"
            inputMode="numeric" required maxLength={5} defaultValue={v("postal_code")} testId="address-postcode" />
        </>
      ) : (
        <>
          <Field name="address_2" label={t("shop:address.street2")} optional autoComplete="address-line2" defaultValue={v("address_2")} testId="address-street2" />
          <Field name="city" label={t("shop:address.city")} autoComplete="address-level2" required defaultValue={v("city")} testId="address-city" />
          <Field name="province" label={t("shop:address.state")} optional autoComplete="address-level1" defaultValue={v("province")} testId="address-state" />
          <Field name="postal_code" label={t("shop:address.postcode")} autoComplete="postal-code" required defaultValue={v("postal_code")} testId="address-postcode" />
        </>
      )}
    </div>
  );
}
