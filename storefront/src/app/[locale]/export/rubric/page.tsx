import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BAND_FLOOR, READINESS_AREAS, READINESS_BANDS, READINESS_RULES, READINESS_RUBRIC_VERSION, AREA_MAX, isLocale } from "@canting/domain";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import "@/features/readiness/readiness.css";

type Props = { params: Promise<{ locale: string }> };
type Loose = (key: string, options?: Record<string, unknown>) => string;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return { title: `${t("readiness:title")} · ${t("readiness:rubricVersion", { version: READINESS_RUBRIC_VERSION })}`, alternates: localeAlternates(locale, "/export/rubric") };
}

/** The published rubric, generated from the same rules that score sellers, so the two cannot drift. */
export default async function RubricPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const tt = t as unknown as Loose;
  return (
    <article className="section readiness" aria-labelledby="rubric-title">
      <h1 id="rubric-title">{t("readiness:title")} — {t("readiness:rubricVersion", { version: READINESS_RUBRIC_VERSION })}</h1>
      <ul>
        {READINESS_BANDS.map((b) => <li key={b}><strong>{tt(`readiness:band.${b}`)} ({BAND_FLOOR[b]}+)</strong>: {tt(`readiness:bandMeaning.${b}`)}</li>)}
      </ul>
      <p>{t("readiness:halfPointsRule")}</p>
      {READINESS_AREAS.map((area) => (
        <section key={area} aria-labelledby={`rubric-${area}`}>
          <h2 id={`rubric-${area}`}>{tt(`readiness:area.${area}`)} ({AREA_MAX[area]})</h2>
          <table className="rubric-table" data-testid={`rubric-${area}`}>
            <tbody>
              {READINESS_RULES.filter((r) => r.area === area).map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.id}</th>
                  <td>{tt(`readiness:item.${r.id}`)}{r.gate ? ` — ${t("readiness:gate")}` : ""}</td>
                  <td>{r.max}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
