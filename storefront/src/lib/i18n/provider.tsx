"use client";

import { useMemo, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { Locale } from "@canting/domain";
import type { Resources } from "@canting/i18n";
import { createI18n } from "./create";

/**
 * i18next for client components. The server layout passes only the current locale's
 * resources, so the browser never downloads the other language.
 */
export function I18nProvider({ locale, resources, children }: { locale: Locale; resources: Resources; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(locale, { [locale]: resources }), [locale, resources]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
