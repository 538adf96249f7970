import type { Locale } from "@canting/domain";
import { cmToInches, formatNumber } from "@/lib/format";
import type { Translate } from "@/lib/i18n/create";
import type { ProductFacts as Facts } from "@/lib/types";
import type { MoreFacts } from "@/lib/product-facts";

type Row = { key: string; label: string; value: string };

/** Size in cm, plus inches for English-speaking (export) shoppers. */
function formatSize(facts: Facts, locale: Locale, t: Translate): string | null {
  const { lengthCm, widthCm } = facts;
  if (lengthCm === null || widthCm === null) return null;
  const cm = t("product.sizeCm", { length: formatNumber(lengthCm, locale), width: formatNumber(widthCm, locale) });
  if (locale !== "en") return cm;
  const inches = t("product.sizeInches", {
    length: formatNumber(cmToInches(lengthCm), locale),
    width: formatNumber(cmToInches(widthCm), locale),
  });
  return `${cm} (${inches})`;
}

/** The cloth's production facts as a definition list; rows without data are left out. */
export function ProductFacts({ facts, more, locale, t }: { facts: Facts; more?: MoreFacts; locale: Locale; t: Translate }) {
  const list = (labels: string[]) => (labels.length > 0 ? labels.join(", ") : null);
  const rows: (Row | null)[] = [
    facts.technique && {
      key: "technique",
      label: t("product.facts.technique"),
      value: `${t(`vocab:technique.${facts.technique}`)}. ${t(`vocab:techniqueNote.${facts.technique}`)}`,
    },
    facts.dyeFamily && { key: "dyeFamily", label: t("product.facts.dyeFamily"), value: t(`vocab:dyeFamily.${facts.dyeFamily}`) },
    { key: "naturalDyes", label: t("product.facts.naturalDyes"), value: list(facts.naturalDyes.map((d) => t(`vocab:naturalDye.${d}`))) },
    { key: "syntheticDyes", label: t("product.facts.syntheticDyes"), value: list(facts.syntheticDyes.map((d) => t(`vocab:syntheticDye.${d}`))) },
    facts.fabric && { key: "fabric", label: t("product.facts.fabric"), value: t(`vocab:fabric.${facts.fabric}`) },
    facts.form && { key: "form", label: t("product.facts.form"), value: t(`vocab:form.${facts.form}`) },
    { key: "motifs", label: t("product.facts.motifs"), value: list(facts.motifs.map((m) => t(`vocab:motif.${m}`))) },
    { key: "size", label: t("product.facts.size"), value: formatSize(facts, locale, t) },
    { key: "fixers", label: t("certs:facts.fixers"), value: list((more?.fixers ?? []).map((f) => t(`vocab:fixer.${f}`))) },
    { key: "fibres", label: t("certs:facts.fibres"), value: list((more?.fibres ?? []).map((p) => t("certs:facts.fibrePart", { fibre: t(`vocab:fibre.${p.fibre}`), percent: formatNumber(p.percent, locale) }))) },
    { key: "kelurahan", label: t("certs:facts.kelurahan"), value: more?.originKelurahan ?? null },
    { key: "artisans", label: t("certs:facts.artisans"), value: list(more?.artisans ?? []) },
    { key: "hsCode", label: t("certs:facts.hsCode"), value: more?.hsCode ?? null },
  ].map((r) => (r && r.value ? (r as Row) : null));

  return (
    <section className="facts" aria-labelledby="facts-title">
      <h2 id="facts-title">{t("product.factsTitle")}</h2>
      <dl>
        {rows.filter((r): r is Row => r !== null).map((r) => (
          <div key={r.key} className="facts__row" data-testid={`fact-${r.key}`}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
