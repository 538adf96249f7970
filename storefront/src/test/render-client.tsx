import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { resources } from "@canting/i18n";
import { I18nProvider } from "@/lib/i18n/client";

/** Renders a client component inside the i18n provider, as the locale layout does. */
export function renderInLocale(ui: ReactElement, locale: "id" | "en" = "id") {
  return render(<I18nProvider locale={locale} resources={resources[locale]}>{ui}</I18nProvider>);
}
