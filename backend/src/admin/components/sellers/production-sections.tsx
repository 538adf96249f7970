import { Badge } from "@medusajs/ui"
import type { Copy } from "../../lib/i18n"
import type { SellerDetail } from "../../lib/sellers"
import { FieldRows, Section } from "./section"

interface Props {
  seller: SellerDetail
  copy: Copy
}

/** How the workshop makes batik: techniques, monthly capacity per technique, wastewater. */
export function ProductionSection({ seller, copy }: Props) {
  const { t, label } = copy
  const techniques = seller.techniques ?? []
  const capacity = seller.capacity ?? []
  return (
    <Section title={t("detail.production")}>
      <FieldRows
        rows={[
          { label: t("field.foundedYear"), value: seller.founded_year },
          {
            label: t("field.techniques"),
            value: techniques.length ? (
              <span className="flex flex-wrap gap-1">
                {techniques.map((code) => (
                  <Badge key={code} size="2xsmall">
                    {label("technique", code)}
                  </Badge>
                ))}
              </span>
            ) : null,
          },
          {
            label: t("field.capacity"),
            value: capacity.length
              ? capacity
                  .map((row) =>
                    `${label("technique", row.technique)}: ${t("field.capacityRow", {
                      units: copy.number(row.units_per_month),
                      days: row.lead_time_days,
                    })}`
                  )
                  .join("\n")
              : null,
          },
          { label: t("field.wastewater"), value: seller.wastewater_method ? label("wastewater", seller.wastewater_method) : null },
          ...(seller.wastewater_method === "communal_ipal" || seller.ipal_name
            ? [{ label: t("field.ipalName"), value: seller.ipal_name }]
            : []),
        ]}
      />
    </Section>
  )
}

/** The people: workforce, how many have BPJS (and what share), older artisans, apprentices. */
export function PeopleSection({ seller, copy }: Props) {
  const { t } = copy
  const total = seller.workforce_total ?? 0
  const bpjs = seller.workforce_bpjs ?? 0
  const share = total > 0 ? Math.round((bpjs / total) * 100) : null
  return (
    <Section title={t("detail.people")}>
      <FieldRows
        rows={[
          { label: t("field.workforceTotal"), value: copy.number(total) },
          {
            label: t("field.workforceBpjs"),
            value: share === null ? copy.number(bpjs) : t("field.bpjsShare", { bpjs: copy.number(bpjs), total: copy.number(total), pct: share }),
          },
          { label: t("field.artisansOver50"), value: copy.number(seller.artisans_over_50 ?? 0) },
          { label: t("field.apprenticesUnder25"), value: copy.number(seller.apprentices_under_25 ?? 0) },
        ]}
      />
    </Section>
  )
}
