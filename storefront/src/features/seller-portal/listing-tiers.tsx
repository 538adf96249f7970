"use client";

import { useId, useRef, useState, type ChangeEvent, type FocusEvent } from "react";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { useFieldError } from "@/components/forms/form-kit";
import type { ListingTier } from "@/lib/seller-portal/listings";
import {
  EMPTY_TIER, MAX_TIERS, tierChecks, tierName, tiersEditedName, TIER_INPUTS, withoutTrailingBlanks, type TierValues,
} from "@/lib/seller-portal/trade-terms";
import type { ErrorKey } from "@/lib/result";

type Row = { key: number; values: TierValues };
const text = (n: number | null) => (n === null ? "" : String(n));
const toRow = (tier: ListingTier, key: number): Row => ({
  key, values: { min: String(tier.minQuantity), max: text(tier.maxQuantity), idr: text(tier.idr), usd: text(tier.usd) },
});

const COLUMNS = [
  { cell: "min", label: "sellerListings.trade.from", inputMode: "numeric", test: "from" },
  { cell: "max", label: "sellerListings.trade.to", inputMode: "numeric", test: "to" },
  { cell: "idr", label: "sellerListings.trade.priceIdr", inputMode: "numeric", test: "idr" },
  { cell: "usd", label: "sellerListings.trade.priceUsd", inputMode: "decimal", test: "usd" },
] as const satisfies readonly { cell: keyof TierValues; label: string; inputMode: string; test: string }[];

/**
 * One variant's price tiers as a small table: from and to quantity (empty "to": and more), unit
 * price in rupiah and dollars. Inputs carry the backend's names under `prefix` (`variants.0.` in a
 * new listing, nothing in a variant row), so they post with the form and the backend's errors land
 * on them. Leaving a cell runs the backend's rules at once; an error the backend sent wins over ours.
 */
export function TierTable({ prefix, initial = [], testId }: { prefix: string; initial?: ListingTier[]; testId: string }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const hintId = useId();
  const next = useRef(initial.length);
  const box = useRef<HTMLDivElement>(null);
  const [rows, setRows] = useState<Row[]>(() => initial.map(toRow));
  const [edited, setEdited] = useState(false);
  const [checked, setChecked] = useState<Record<string, ErrorKey>>({});
  const tooMany = useFieldError(`${prefix}tiers`);

  /**
   * Runs the checks on the rows. The variant's own price sits in the same variant box (the first
   * tier may not cost more). A row the seller is still filling in (`typing`) is not yet told its
   * empty cells are required, and trailing empty rows are not sent, so they are not checked either.
   */
  const check = (list: Row[] = rows, typing?: number) => {
    const own = (currency: string) =>
      box.current?.closest(".variant")?.querySelector<HTMLInputElement>(`input[name="${prefix}prices.${currency}"]`)?.value;
    const found = tierChecks(withoutTrailingBlanks(list.map((r) => r.values)), { idr: own("idr"), usd: own("usd") });
    setChecked(Object.fromEntries(Object.entries(found).filter(([field, key]) => !(key === "errors:required" && field.startsWith(`tiers.${typing}.`)))));
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    const row = e.relatedTarget instanceof HTMLElement ? e.relatedTarget.closest<HTMLElement>("tr[data-row]")?.dataset.row : undefined;
    check(rows, row !== undefined && box.current?.contains(e.relatedTarget as Node) ? Number(row) : undefined);
  };
  const change = (key: number, cell: keyof TierValues) => (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setRows((list) => list.map((r) => (r.key === key ? { ...r, values: { ...r.values, [cell]: value } } : r)));
    setEdited(true);
  };
  const remove = (key: number) => {
    const list = rows.filter((r) => r.key !== key);
    setRows(list);
    setEdited(true);
    check(list);
  };
  const add = () => {
    setRows((list) => [...list, { key: next.current++, values: EMPTY_TIER }]);
    setEdited(true);
  };
  const cellLabel = (label: (typeof COLUMNS)[number]["label"], n: number) => t("sellerListings.trade.cell", { column: t(label), n });
  // What our checks found, with the cell it is about, for a screen reader as soon as the seller leaves the cell.
  const spoken = Object.entries(checked).map(([field, key]) => {
    const [, row, ...cell] = field.split(".");
    const column = COLUMNS.find((c) => TIER_INPUTS[c.cell] === cell.join("."));
    return column ? `${cellLabel(column.label, Number(row) + 1)}: ${t(key)}` : t(key);
  });

  return (
    <div className="tiers" ref={box} data-testid={testId} onBlur={onBlur}>
      <p className="field__hint" id={hintId}>{t("sellerListings.trade.tiersHint")}</p>
      <table className="tiers__table" aria-describedby={hintId}>
        <caption className="tiers__caption">{t("sellerListings.trade.tiersCaption")}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => <th key={c.cell} scope="col">{t(c.label)}</th>)}
            <th scope="col"><span className="visually-hidden">{t("sellerListings.trade.actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key} data-row={i} data-testid={`${testId}-row`}>
              {COLUMNS.map((c) => (
                <TierCell key={c.cell} name={prefix + tierName("", i, c.cell)} relative={tierName("", i, c.cell)} label={cellLabel(c.label, i + 1)}
                  value={r.values[c.cell]} onChange={change(r.key, c.cell)} inputMode={c.inputMode} checked={checked}
                  placeholder={c.cell === "max" ? t("sellerListings.trade.andMore") : undefined} testId={`${testId}-${i}-${c.test}`} />
              ))}
              <td>
                <button type="button" className="button button--ghost button--small" data-testid={`${testId}-${i}-remove`} onClick={() => remove(r.key)}>
                  {t("sellerListings.trade.removeTier", { n: i + 1 })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="field__hint" data-testid={`${testId}-empty`}>{t("sellerListings.trade.noTiers")}</p>}
      {tooMany && <p className="field__error" data-testid={`field-error-${prefix}tiers`}>{t(tooMany)}</p>}
      {edited && <input type="hidden" name={tiersEditedName(prefix)} value="1" />}
      {rows.length < MAX_TIERS && (
        <button type="button" className="button button--ghost button--small" data-testid={`${testId}-add`} onClick={add}>
          {t("sellerListings.trade.addTier")}
        </button>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid={`${testId}-announce`}>{spoken.join(" ")}</p>
    </div>
  );
}

/** One cell: its input labelled for a screen reader (the column header shows it), and the error about it. */
function TierCell({ name, relative, label, value, onChange, inputMode, placeholder, checked, testId }: {
  name: string; relative: string; label: string; value: string; onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  inputMode: "numeric" | "decimal"; placeholder?: string; checked: Record<string, ErrorKey>; testId: string;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const id = useId();
  const error = useFieldError(name) ?? checked[relative];
  return (
    <td className={error ? "field--invalid" : undefined}>
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <input id={id} name={name} className="field__control" value={value} onChange={onChange} inputMode={inputMode} autoComplete="off"
        placeholder={placeholder} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} data-testid={testId} />
      {error && <p className="field__error" id={`${id}-error`} data-testid={`field-error-${name}`}>{t(error)}</p>}
    </td>
  );
}
