import type { Copy } from "../../lib/i18n"
import type { SellerDetail } from "../../lib/sellers"
import { FieldRows, Section } from "./section"

interface Props {
  seller: SellerDetail
  copy: Copy
}

/** Who to reach: owner, phone and email (private to the operator). */
export function ContactSection({ seller, copy: { t } }: Props) {
  return (
    <Section title={t("detail.contact")}>
      <FieldRows
        rows={[
          { label: t("field.ownerName"), value: seller.owner_name },
          { label: t("field.phone"), value: seller.phone },
          { label: t("field.email"), value: seller.email },
        ]}
      />
    </Section>
  )
}

/** Where the workshop is, down to kelurahan and sentra. */
export function AddressSection({ seller, copy: { t, label } }: Props) {
  return (
    <Section title={t("detail.address")}>
      <FieldRows
        rows={[
          { label: t("field.street"), value: seller.street },
          { label: t("field.kelurahan"), value: seller.kelurahan },
          { label: t("field.kecamatan"), value: seller.kecamatan },
          { label: t("field.city"), value: seller.city },
          { label: t("field.province"), value: seller.province },
          { label: t("field.postcode"), value: seller.postcode },
          { label: t("field.sentra"), value: label("sentra", seller.sentra) },
        ]}
      />
    </Section>
  )
}

function amount(value: SellerDetail["declared_amount_idr"]): number | null {
  if (value === null || value === undefined || value === "") return null
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

/** The legal identity the trade office checks: NIB, NPWP, KBLI and the UMKM scale. */
export function IdentitySection({ seller, copy }: Props) {
  const { t, label } = copy
  const declared = amount(seller.declared_amount_idr)
  const basis = seller.scale_basis
  return (
    <Section title={t("detail.identity")}>
      <FieldRows
        rows={[
          { label: t("field.nib"), value: seller.nib },
          { label: t("field.npwp"), value: seller.npwp },
          { label: t("field.kbli"), value: seller.kbli?.join(", ") },
          { label: t("field.umkmScale"), value: seller.umkm_scale ? label("umkmScale", seller.umkm_scale) : null },
          {
            label: t("field.scaleBasis"),
            value: basis === "modal_usaha" || basis === "hasil_penjualan_tahunan" ? t(`scaleBasis.${basis}`) : basis,
          },
          { label: t("field.declaredAmount"), value: declared === null ? null : copy.rupiah(declared) },
        ]}
      />
    </Section>
  )
}
