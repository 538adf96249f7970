"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "@/lib/i18n/client";
import type { Locale } from "@canting/domain";
import { FACETS } from "@/lib/catalog/params";

type Suggestions = { products: { handle: string; title: string }[]; terms: { facet: string; value: string; label: string }[] };
type Option = { key: string; href: string; label: string; group: "products" | "terms" };

export const SUGGEST_DELAY_MS = 250;

/** The URL parameter a suggested term filters on, e.g. the `motifs` facet → `motif`. */
const paramFor = (facet: string) => FACETS.find((f) => f.facet === facet || f.param === facet)?.param ?? null;

function toOptions(locale: Locale, s: Suggestions): Option[] {
  return [
    ...s.products.map((p) => ({ key: `p:${p.handle}`, href: `/${locale}/products/${encodeURIComponent(p.handle)}`, label: p.title, group: "products" as const })),
    ...s.terms.flatMap((term) => {
      const param = paramFor(term.facet);
      return param ? [{ key: `t:${term.facet}:${term.value}`, href: `/${locale}/products?${param}=${encodeURIComponent(term.value)}`, label: term.label, group: "terms" as const }] : [];
    }),
  ];
}

/**
 * Header search: a plain GET form to the results page (works without JavaScript), enhanced with
 * debounced instant suggestions in an ARIA combobox (arrow keys, Enter, Escape).
 */
/** Shorter terms get no suggestions. */
const MIN_TERM = 2;

export function SearchBox({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    const term = q.trim();
    if (term.length < MIN_TERM) return;
    const timer = setTimeout(async () => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      try {
        const res = await fetch(`/api/suggest?q=${encodeURIComponent(term)}&locale=${locale}`, { signal: controller.signal });
        if (!res.ok) return setOptions([]);
        setOptions(toOptions(locale, (await res.json()) as Suggestions));
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits to the results page.
      }
    }, SUGGEST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, locale]);

  const go = (o: Option) => window.location.assign(o.href);
  const showList = open && options.length > 0;

  return (
    <form className="search-box" role="search" action={`/${locale}/search`} method="get">
      <label htmlFor={`${listId}-input`} className="visually-hidden">{t("catalog.searchLabel")}</label>
      <input
        id={`${listId}-input`}
        name="q"
        type="search"
        autoComplete="off"
        placeholder={t("catalog.searchPlaceholder")}
        value={q}
        data-testid="search-input"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          setQ(e.target.value);
          if (e.target.value.trim().length < MIN_TERM) setOptions([]);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (!showList) return;
          if (e.key === "ArrowDown") { e.preventDefault(); setActive((i) => (i + 1) % options.length); }
          else if (e.key === "ArrowUp") { e.preventDefault(); setActive((i) => (i <= 0 ? options.length - 1 : i - 1)); }
          else if (e.key === "Escape") setOpen(false);
          else if (e.key === "Enter" && active >= 0) { e.preventDefault(); go(options[active]); }
        }}
      />
      <button type="submit" className="visually-hidden">{t("catalog.searchSubmit")}</button>
      <ul id={listId} role="listbox" className="search-box__list" hidden={!showList} aria-label={t("catalog.searchLabel")} data-testid="search-suggestions">
        {options.map((o, i) => (
          <li
            key={o.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="search-box__option"
            data-group={o.group}
          >
            {(i === 0 || options[i - 1].group !== o.group) && (
              <span className="search-box__group" aria-hidden="true">{t(o.group === "products" ? "catalog.suggestProducts" : "catalog.suggestTerms")}</span>
            )}
            <a href={o.href} tabIndex={-1} onMouseDown={(e) => e.preventDefault()}>{o.label}</a>
          </li>
        ))}
      </ul>
    </form>
  );
}
