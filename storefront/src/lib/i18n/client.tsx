"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@canting/domain";
import type { Resources } from "@canting/i18n";
import type { Translate } from "./create";
import { mergeResources } from "./pick";

// Client components translate with this small lookup instead of shipping i18next and
// react-i18next to the browser, where they would weigh on every page's first load. It covers what the client
// strings use: "ns:key.path" keys, {{value}} interpolation, count plurals (key_one /
// key_other, chosen with Intl.PluralRules like i18next) and $t(other:key) nesting. Server
// components keep the full i18next (lib/i18n/server.ts); both read the same resources.

type Dict = { [key: string]: string | Dict };
type Options = Record<string, unknown>;

const DEFAULT_NS = "common";

/** A translate function over one locale's resources; a missing key comes back as the key. */
export function createClientTranslator(locale: Locale, resources: Partial<Resources>): Translate {
  const plurals = new Intl.PluralRules(locale);
  const lookup = (ns: string, path: string): unknown =>
    path.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Dict)[part] : undefined), (resources as Record<string, Dict>)[ns]);
  const translate = (key: string, options: Options = {}): string => {
    const split = key.indexOf(":");
    const ns = split > 0 ? key.slice(0, split) : DEFAULT_NS;
    const path = split > 0 ? key.slice(split + 1) : key;
    let value: unknown;
    if (typeof options.count === "number") value = lookup(ns, `${path}_${plurals.select(options.count)}`) ?? lookup(ns, `${path}_other`);
    value ??= lookup(ns, path);
    if (typeof value !== "string") return path;
    return value
      .replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (options[name] === undefined ? whole : String(options[name])))
      .replace(/\$t\(([^)]+)\)/g, (_, nested: string) => translate(nested.trim(), options));
  };
  return translate as unknown as Translate;
}

const Context = createContext<{ t: Translate; locale: Locale; resources: Partial<Resources> } | null>(null);

/**
 * Gives client components the current locale's strings; each server layout passes only what its
 * islands need. A nested provider (a form segment's layout) adds its strings to the ones above it,
 * so a segment's forms can still use what the shop islands' strings hold without the segment repeating it.
 */
export function I18nProvider({ locale, resources, children }: { locale: Locale; resources: Partial<Resources>; children: ReactNode }) {
  const parent = useContext(Context);
  const value = useMemo(() => {
    const above = parent?.locale === locale ? parent.resources : undefined;
    const all = above ? mergeResources(above, resources) : resources;
    return { t: createClientTranslator(locale, all), locale, resources: all };
  }, [parent, locale, resources]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** `const { t, locale } = useTranslation()` in client components, as with react-i18next's `t`. */
export function useTranslation(_namespaces?: readonly string[]): { t: Translate; locale: Locale } {
  const value = useContext(Context);
  if (!value) throw new Error("useTranslation needs the I18nProvider of the locale layout");
  return value;
}
