"use client";

import { startTransition, useActionState, useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { Locale } from "@canting/domain";
import type { ListingVariant } from "@/lib/seller-portal/listings";
import { addVariant, removeVariant, saveVariant } from "@/lib/actions/seller-variants";
import { Field, FieldError, FieldErrorsProvider, FormAlert } from "@/components/forms/form-kit";
import { TierTable } from "./listing-tiers";
import type { FormAction, Result } from "@/lib/result";

/**
 * Variant rows (size, colour, IDR and USD price, stock, price tiers), at least one. Rows keep a stable key so
 * what was typed stays with its row; names follow the row's position (`variants.0.prices.idr`),
 * which is how the backend names its errors.
 */
export function VariantRows() {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const next = useRef(1);
  const [rows, setRows] = useState<number[]>([0]);
  return (
    <fieldset className="portal-form__group variants" data-testid="listing-variants">
      <legend>{t("sellerListings.form.variantsLegend")}</legend>
      <p className="field__hint">{t("sellerListings.form.variantsHint")}</p>
      <FieldError name="variants" id="variants-error" />
      {rows.map((key, i) => (
        <div key={key} className="variant" data-testid="variant-row">
          <p className="variant__title">{t("sellerListings.form.variant", { number: i + 1 })}</p>
          <Field name={`variants.${i}.size`} label={t("sellerListings.form.size")} optional maxLength={40} testId={`variant-${i}-size`} />
          <Field name={`variants.${i}.colour`} label={t("sellerListings.form.colour")} optional maxLength={40} testId={`variant-${i}-colour`} />
          <Field name={`variants.${i}.prices.idr`} label={t("sellerListings.form.priceIdr")} inputMode="numeric" autoComplete="off"
            testId={`variant-${i}-price-idr`} />
          <Field name={`variants.${i}.prices.usd`} label={t("sellerListings.form.priceUsd")} optional inputMode="decimal" autoComplete="off"
            testId={`variant-${i}-price-usd`} />
          <Field name={`variants.${i}.stock`} label={t("sellerListings.form.stock")} type="number" inputMode="numeric" min={0} max={100000}
            testId={`variant-${i}-stock`} />
          <TierTable prefix={`variants.${i}.`} testId={`variant-${i}-tiers`} />
          {rows.length > 1 && (
            <button type="button" className="button button--ghost button--small variant__remove" data-testid={`variant-${i}-remove`}
              onClick={() => setRows((r) => r.filter((k) => k !== key))}>
              {t("sellerListings.form.removeVariant", { number: i + 1 })}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button button--ghost" data-testid="variant-add"
        onClick={() => setRows((r) => [...r, next.current++])}>
        {t("sellerListings.form.addVariant")}
      </button>
    </fieldset>
  );
}

type Saved = { id: string };
/** The server actions behind the editor (replaceable in tests). */
export type VariantActions = { save: FormAction<Saved>; add: FormAction<Saved>; remove: FormAction<Saved> };
const SERVER_ACTIONS: VariantActions = { save: saveVariant, add: addVariant, remove: removeVariant };

const val = (v: number | null) => (v === null ? "" : String(v));

/** Size and colour back from a variant's "size / colour" title ("Standar" has neither). */
export function splitVariantTitle(title: string): { size: string; colour: string } {
  if (!title || title === "Standar") return { size: "", colour: "" };
  const [size = "", colour = ""] = title.split(" / ");
  return { size, colour };
}

/**
 * Runs one row's action with the row's inputs. The rows sit inside the listing form and cannot be
 * forms themselves, so their values are gathered here and Enter saves the row, not the listing.
 */
function useRowAction(action: FormAction<Saved>, fixed: Record<string, string>, ref?: RefObject<HTMLDivElement | null>) {
  const [state, dispatch, pending] = useActionState<Result<Saved> | null, FormData>(action, null);
  const run = (extra: Record<string, string> = {}) => {
    const fd = new FormData();
    ref?.current?.querySelectorAll<HTMLInputElement>("input[name]").forEach((input) => fd.set(input.name, input.value));
    for (const [k, v] of Object.entries({ ...fixed, ...extra })) fd.set(k, v);
    startTransition(() => dispatch(fd));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Enter" && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      run();
    }
  };
  return { state, pending, run, onKeyDown };
}

/** The inputs of one variant: size, colour, SKU, IDR and USD price, stock, price tiers. */
function VariantInputs({ prefix, variant }: { prefix: string; variant?: ListingVariant }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const { size, colour } = splitVariantTitle(variant?.title ?? "");
  return (
    <>
      <Field name="size" label={t("sellerListings.form.size")} optional maxLength={40} defaultValue={size} testId={`${prefix}-size`} />
      <Field name="colour" label={t("sellerListings.form.colour")} optional maxLength={40} defaultValue={colour} testId={`${prefix}-colour`} />
      <Field name="sku" label={t("sellerListings.variants.sku")} hint={t("sellerListings.variants.skuHint")} optional maxLength={40}
        defaultValue={variant?.sku ?? ""} autoComplete="off" testId={`${prefix}-sku`} />
      <Field name="prices.idr" label={t("sellerListings.form.priceIdr")} inputMode="numeric" autoComplete="off"
        defaultValue={val(variant?.priceIdr ?? null)} testId={`${prefix}-price-idr`} />
      <Field name="prices.usd" label={t("sellerListings.form.priceUsd")} optional inputMode="decimal" autoComplete="off"
        defaultValue={val(variant?.priceUsd ?? null)} testId={`${prefix}-price-usd`} />
      <Field name="stock" label={t("sellerListings.form.stock")} hint={t("sellerListings.variants.stockHint")} type="number" inputMode="numeric"
        min={0} max={100000} defaultValue={val(variant?.stock ?? null)} testId={`${prefix}-stock`} />
      <TierTable prefix="" initial={variant?.tiers} testId={`${prefix}-tiers`} />
    </>
  );
}

/** One existing variant: its inputs, Save, and Remove (asked twice) when it is not the only one. */
function VariantEditorRow({ productId, variant, index, locale, canRemove, actions }: {
  productId: string; variant: ListingVariant; index: number; locale: Locale; canRemove: boolean; actions: VariantActions;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const router = useRouter();
  const fixed = { locale, product_id: productId, variant_id: variant.id };
  const row = useRef<HTMLDivElement>(null);
  const save = useRowAction(actions.save, fixed, row);
  const remove = useRowAction(actions.remove, fixed);
  const [confirming, setConfirming] = useState(false);
  const pending = save.pending || remove.pending;
  useEffect(() => {
    if (save.state?.ok || remove.state?.ok) router.refresh();
  }, [save.state, remove.state, router]);
  const title = variant.title || t("sellerListings.form.variant", { number: index + 1 });
  const prefix = `variant-${index}`;
  return (
    <div ref={row} className="variant" role="group" aria-label={title} data-testid="variant-editor" onKeyDown={save.onKeyDown}>
      <p className="variant__title">{title}</p>
      <FormAlert state={save.state} testId={`${prefix}-error`} />
      <FormAlert state={remove.state} testId={`${prefix}-remove-error`} />
      <FieldErrorsProvider errors={save.state && !save.state.ok ? save.state.fieldErrors : undefined}>
        <fieldset className="variant__fields" disabled={pending}>
          <VariantInputs prefix={prefix} variant={variant} />
        </fieldset>
      </FieldErrorsProvider>
      <div className="variant__actions">
        <button type="button" className="button button--small" disabled={pending} data-testid={`${prefix}-save`}
          aria-label={t("sellerListings.variants.saveLabel", { title })} onClick={() => save.run()}>
          {save.pending ? t("sellerListings.form.saving") : t("sellerListings.variants.save")}
        </button>
        {save.state?.ok && <span className="variant__saved" role="status" data-testid={`${prefix}-saved`}>{t("sellerListings.variants.saved")}</span>}
        {canRemove && !confirming && (
          <button type="button" className="button button--ghost button--small" disabled={pending} data-testid={`${prefix}-remove`}
            aria-label={t("sellerListings.variants.removeLabel", { title })} onClick={() => setConfirming(true)}>
            {t("sellerListings.variants.remove")}
          </button>
        )}
      </div>
      {canRemove && confirming && (
        <div className="variant__confirm" role="alertdialog" aria-label={t("sellerListings.variants.removeConfirm", { title })}>
          <p>{t("sellerListings.variants.removeConfirm", { title })}</p>
          <button type="button" className="button button--small" disabled={pending} data-testid={`${prefix}-remove-yes`}
            onClick={() => { setConfirming(false); remove.run(); }}>
            {t("sellerListings.variants.removeYes")}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => setConfirming(false)}>
            {t("sellerListings.cancel")}
          </button>
        </div>
      )}
    </div>
  );
}

/** A new variant's inputs with its own Save; closes once the backend has added it. */
function NewVariantRow({ productId, locale, actions, onClose }: { productId: string; locale: Locale; actions: VariantActions; onClose: () => void }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const router = useRouter();
  const row = useRef<HTMLDivElement>(null);
  const add = useRowAction(actions.add, { locale, product_id: productId }, row);
  useEffect(() => {
    if (add.state?.ok) {
      router.refresh();
      onClose();
    }
  }, [add.state, router, onClose]);
  return (
    <div ref={row} className="variant variant--new" role="group" aria-label={t("sellerListings.variants.newTitle")}
      data-testid="variant-new-row" onKeyDown={add.onKeyDown}>
      <p className="variant__title">{t("sellerListings.variants.newTitle")}</p>
      <FormAlert state={add.state} testId="variant-new-error" />
      <FieldErrorsProvider errors={add.state && !add.state.ok ? add.state.fieldErrors : undefined}>
        <fieldset className="variant__fields" disabled={add.pending}>
          <VariantInputs prefix="variant-new" />
        </fieldset>
      </FieldErrorsProvider>
      <div className="variant__actions">
        <button type="button" className="button button--small" disabled={add.pending} data-testid="variant-new-save" onClick={() => add.run()}>
          {add.pending ? t("sellerListings.form.saving") : t("sellerListings.variants.addSave")}
        </button>
        <button type="button" className="button button--ghost button--small" disabled={add.pending} onClick={onClose}>
          {t("sellerListings.cancel")}
        </button>
      </div>
    </div>
  );
}

/**
 * An existing listing's variants, each editable on its own: price (IDR/US$), stock, size, colour
 * and SKU, saved per row; variants can be added and removed (the last one stays).
 */
export function VariantsEditor({ productId, variants, locale, actions = SERVER_ACTIONS }: {
  productId: string; variants: ListingVariant[]; locale: Locale; actions?: VariantActions;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [adding, setAdding] = useState(false);
  const close = useCallback(() => setAdding(false), []);
  return (
    <section className="portal-form__group variants" data-testid="listing-variants-editor">
      <h2 className="variants__title">{t("sellerListings.form.variantsLegend")}</h2>
      <p className="field__hint">{t("sellerListings.variants.hint")}</p>
      <ul className="variants__list" role="list">
        {variants.map((v, i) => (
          <li key={v.id}>
            <VariantEditorRow productId={productId} variant={v} index={i} locale={locale} canRemove={variants.length > 1} actions={actions} />
          </li>
        ))}
      </ul>
      {adding ? (
        <NewVariantRow productId={productId} locale={locale} actions={actions} onClose={close} />
      ) : (
        <button type="button" className="button button--ghost" data-testid="variant-new" onClick={() => setAdding(true)}>
          {t("sellerListings.variants.add")}
        </button>
      )}
    </section>
  );
}
