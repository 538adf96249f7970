"use client";

import { useMemo, type ComponentType, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { i18n as I18n } from "i18next";
import type { Locale } from "@canting/domain";
import type { Resources } from "@canting/i18n";
import { createI18n } from "./create";

// react-i18next's .d.ts resolves the repo root's @types/react 18, whose ReactNode differs from
// React 19's; re-type the provider against the storefront's React types.
const Provider = I18nextProvider as unknown as ComponentType<{ i18n: I18n; children: ReactNode }>;

/**
 * i18next for client components. The server layout passes only the current locale's
 * resources, so the browser never downloads the other language.
 */
export function I18nProvider({ locale, resources, children }: { locale: Locale; resources: Resources; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(locale, { [locale]: resources }), [locale, resources]);
  return <Provider i18n={i18n}>{children}</Provider>;
}
