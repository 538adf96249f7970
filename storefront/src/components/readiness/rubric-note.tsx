import Link from "next/link";
import { READINESS_RUBRIC_VERSION, type Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import "./readiness.css";

/**
 * The plain line every "Export-ready" band carries: Canting's own rubric, its version, not an official
 * designation, linking to the published rubric.
 */
export function RubricNote({ locale, t, version = READINESS_RUBRIC_VERSION, id }: { locale: Locale; t: Translate; version?: string; id?: string }) {
  return (
    <p className="readiness__note" id={id} data-testid="rubric-note">
      <Link href={`/${locale}/export/rubric`}>{t("readiness:disclaimer", { version })}</Link>
    </p>
  );
}
