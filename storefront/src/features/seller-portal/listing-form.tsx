"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import {
  DYE_FAMILIES, FABRICS, FIBRES, FIXERS, MOTIFS, NATURAL_DYES, PRODUCT_FORMS, SYNTHETIC_DYES, TECHNIQUES, isImitation, type Locale,
} from "@canting/domain";
import { FIBRE_ROWS, listingInputs } from "@/lib/seller-portal/listing-payload";
import type { SellerListing } from "@/lib/seller-portal/listings";
import { fieldLabel, type LabelT } from "@/lib/seller-portal/missing";
import { ChoiceGroup, Field, FieldErrorsProvider, FormAlert, useFormAction } from "@/components/forms/form-kit";
import { ListingImages } from "./listing-images";
import { TradeFields } from "./listing-trade";
import { VariantRows, VariantsEditor } from "./listing-variants";
import type { FormAction } from "@/lib/result";

type Props = {
  locale: Locale;
  action: FormAction<{ id: string }>;
  /** The listing being edited, or null for a new one. */
  listing: SellerListing | null;
  /** Only an approved seller may publish; others see why the box is unavailable. */
  approved: boolean;
};
const val = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** Creates or edits a listing: copy in both languages, honest production facts, photos and variants. */
export function ListingForm({ locale, action, listing, approved }: Props) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const router = useRouter();
  const { state, pending, onSubmit } = useFormAction(action);
  const editing = listing !== null;

  useEffect(() => {
    if (state?.ok) {
      router.push(`/${locale}/seller/products`);
      router.refresh();
    }
  }, [state, router, locale]);

  const fieldErrors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const inputs = listingInputs(30);
  const stray = Object.entries(fieldErrors).filter(([field]) => !inputs.includes(field));
  const englishHint = editing ? t("sellerListings.form.englishKeepHint") : undefined;
  return (
    <form className="portal-form" method="post" onSubmit={onSubmit} noValidate data-testid="listing-form">
      <input type="hidden" name="locale" value={locale} />
      {editing && <input type="hidden" name="id" value={listing.id} />}
      <FormAlert state={state} />
      {stray.length > 0 && (
        <ul className="form-alert__list" data-testid="form-error-list">
          {stray.map(([field, key]) => <li key={field}>{fieldLabel(t as unknown as LabelT, field)}: {t(key)}</li>)}
        </ul>
      )}
      <FieldErrorsProvider errors={fieldErrors}>
        <fieldset className="portal-form__fields" disabled={pending}>
          <fieldset className="portal-form__group">
            <legend>{t("sellerListings.form.copyLegend")}</legend>
            <Field name="title.id" label={t("sellerListings.form.titleId")} defaultValue={listing?.title} maxLength={200} required testId="listing-title-id" />
            <Field name="title.en" label={t("sellerListings.form.titleEn")} hint={englishHint} optional maxLength={200} testId="listing-title-en" />
            <Field name="description.id" label={t("sellerListings.form.descriptionId")} optional multiline maxLength={5000}
              defaultValue={listing?.description} testId="listing-description-id" />
            <Field name="description.en" label={t("sellerListings.form.descriptionEn")} hint={englishHint} optional multiline maxLength={5000}
              testId="listing-description-en" />
          </fieldset>
          <fieldset className="portal-form__group">
            <legend>{t("sellerListings.form.factsLegend")}</legend>
            <ChoiceGroup name="technique" type="radio" legend={t("sellerListings.form.technique")} hint={t("sellerListings.form.techniqueHint")}
              testId="listing-technique" checked={listing?.technique ? [listing.technique] : []}
              options={TECHNIQUES.map((x) => ({ value: x, label: t(`vocab:technique.${x}`), note: isImitation(x) ? t("imitation.badge") : undefined }))} />
            <Field name="dye_family" label={t("sellerListings.form.dyeFamily")} optional defaultValue={listing?.dyeFamily ?? ""} testId="listing-dye-family"
              options={DYE_FAMILIES.map((d) => ({ value: d, label: t(`vocab:dyeFamily.${d}`) }))} />
            <Field name="fabric" label={t("sellerListings.form.fabric")} optional defaultValue={listing?.fabric ?? ""} testId="listing-fabric"
              options={FABRICS.map((f) => ({ value: f, label: t(`vocab:fabric.${f}`) }))} />
            <Field name="form" label={t("sellerListings.form.form")} optional defaultValue={listing?.form ?? ""} testId="listing-form-type"
              options={PRODUCT_FORMS.map((f) => ({ value: f, label: t(`vocab:form.${f}`) }))} />
            <ChoiceGroup name="motifs" type="checkbox" legend={t("sellerListings.form.motifs")} testId="listing-motifs" checked={listing?.motifs ?? []}
              options={MOTIFS.map((m) => ({ value: m, label: t(`vocab:motif.${m}`) }))} />
            <div className="listing-size">
              <Field name="length_cm" label={t("sellerListings.form.lengthCm")} optional type="number" inputMode="decimal" min={1} max={2000}
                defaultValue={val(listing?.lengthCm)} testId="listing-length" />
              <Field name="width_cm" label={t("sellerListings.form.widthCm")} optional type="number" inputMode="decimal" min={1} max={500}
                defaultValue={val(listing?.widthCm)} testId="listing-width" />
            </div>
          </fieldset>
          <MoreFactsFields listing={listing} />
          <TradeFields trade={listing?.trade ?? null} editing={editing} />
          <ListingImages locale={locale} initial={listing?.images ?? []} />
          {editing ? <VariantsEditor productId={listing.id} variants={listing.variants} locale={locale} /> : <VariantRows />}
          {!editing && (
            <div className="publish-now">
              <label className="choice">
                <input type="checkbox" name="publish" disabled={!approved} data-testid="listing-publish-now" />
                <span>{t("sellerListings.form.publishNow")}
                  <small className="choice__note choice__note--muted">{t("sellerListings.form.publishNowHint")}</small></span>
              </label>
              {!approved && <p className="field__hint" data-testid="listing-publish-locked">{t("errors:publish_requires_approval")}</p>}
            </div>
          )}
        </fieldset>
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="listing-save">
        {pending ? t("sellerListings.form.saving") : t("sellerListings.form.save")}
      </button>
    </form>
  );
}

/** Named dyes, fixers, fibre composition, origin, artisans and HS code: what export buyers and certificates rely on. */
function MoreFactsFields({ listing }: { listing: SellerListing | null }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const more = listing?.more;
  return (
    <fieldset className="portal-form__group" data-testid="listing-more-facts">
      <legend>{t("sellerListings.form.moreLegend")}</legend>
      <ChoiceGroup name="natural_dyes" type="checkbox" legend={t("sellerListings.form.naturalDyes")} testId="listing-natural-dyes"
        checked={listing?.naturalDyes ?? []} options={NATURAL_DYES.map((d) => ({ value: d, label: t(`vocab:naturalDye.${d}`) }))} />
      <ChoiceGroup name="synthetic_dyes" type="checkbox" legend={t("sellerListings.form.syntheticDyes")} testId="listing-synthetic-dyes"
        checked={listing?.syntheticDyes ?? []} options={SYNTHETIC_DYES.map((d) => ({ value: d, label: t(`vocab:syntheticDye.${d}`) }))} />
      <ChoiceGroup name="fixers" type="checkbox" legend={t("sellerListings.form.fixers")} testId="listing-fixers"
        checked={more?.fixers ?? []} options={FIXERS.map((f) => ({ value: f, label: t(`vocab:fixer.${f}`) }))} />
      <fieldset className="portal-form__group" data-testid="listing-fibres">
        <legend>{t("sellerListings.form.fibres")}</legend>
        {Array.from({ length: FIBRE_ROWS }, (_, i) => (
          <div className="listing-size" key={i}>
            <Field name={`fibre_composition.${i}.fibre`} label={t("sellerListings.form.fibre", { n: i + 1 })} optional
              defaultValue={more?.fibres[i]?.fibre ?? ""} options={FIBRES.map((f) => ({ value: f, label: t(`vocab:fibre.${f}`) }))} testId={`listing-fibre-${i}`} />
            <Field name={`fibre_composition.${i}.percent`} label={t("sellerListings.form.percent", { n: i + 1 })} optional type="number"
              inputMode="numeric" min={1} max={100} defaultValue={val(more?.fibres[i]?.percent)} testId={`listing-fibre-percent-${i}`} />
          </div>
        ))}
      </fieldset>
      <Field name="origin_kelurahan" label={t("sellerListings.form.originKelurahan")} optional maxLength={80}
        defaultValue={more?.originKelurahan ?? ""} testId="listing-kelurahan" />
      <Field name="artisans" label={t("sellerListings.form.artisans")} optional multiline rows={3}
        defaultValue={(more?.artisans ?? []).join("\n")} testId="listing-artisans" />
      <Field name="hs_code" label={t("sellerListings.form.hsCode")} hint={t("sellerListings.form.hsCodeHint")} optional inputMode="numeric"
        maxLength={7} pattern="[0-9]{6}" defaultValue={more?.hsCode ?? ""} testId="listing-hs-code" />
    </fieldset>
  );
}
