import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale, REGIONS } from "@canting/domain";
import { addCustomerAddress, deleteCustomerAddress } from "@/lib/actions/customer";
import { requireCustomer } from "@/lib/data/customer";
import { getTranslator } from "@/lib/i18n/server";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { AddAddressForm } from "@/features/account/account-forms";
import { AddressBlock } from "@/components/shop/address-block";
import "@/features/seller-portal/seller-portal.css";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ form?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:account.addressesTitle"), robots: { index: false, follow: false } };
}

/** Countries an international address may be in: those the International region ships to. */
const INTERNATIONAL_COUNTRIES = [...(REGIONS.find((r) => r.code === "international")?.countries ?? [])];

export default async function AccountAddressesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const form = (await searchParams).form === "international" ? "international" : "indonesia";
  const t = getTranslator(locale);
  const result = await attempt(requireCustomer(locale));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/account/addresses`} />;
  const { customer } = result.data;
  return (
    <div className="shop-page shop-page--narrow">
      <h1>{t("shop:account.addressesTitle")}</h1>
      {customer.addresses.length === 0 ? <p data-testid="no-addresses">{t("shop:account.noAddresses")}</p> : (
        <ul className="data-list" role="list" data-testid="addresses">
          {customer.addresses.map((a) => (
            <li key={a.id} data-testid="address">
              <AddressBlock address={a} t={t} />
              <form action={deleteCustomerAddress}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="id" value={a.id} />
                <button type="submit" className="button button--ghost button--small" data-testid="address-delete">{t("shop:account.deleteAddress")}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <section className="shop-section" aria-labelledby="add-address">
        <h2 id="add-address">{t("shop:account.addAddress")}</h2>
        <p>
          <Link href={`/${locale}/account/addresses`} aria-current={form === "indonesia" ? "page" : undefined}>{t("shop:account.addressFormId")}</Link>
          {" · "}
          <Link href={`/${locale}/account/addresses?form=international`} aria-current={form === "international" ? "page" : undefined}>{t("shop:account.addressFormIntl")}</Link>
        </p>
        <AddAddressForm form={form} countries={form === "indonesia" ? ["id"] : INTERNATIONAL_COUNTRIES} locale={locale} action={addCustomerAddress} />
      </section>
      <p><Link href={`/${locale}/account`}>{t("shop:account.backToAccount")}</Link></p>
    </div>
  );
}
