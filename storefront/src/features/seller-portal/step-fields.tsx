"use client";

import { useState } from "react";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { SCALE_BASES, SENTRA, TECHNIQUES, WASTEWATER_METHODS, isImitation, type Technique } from "@canting/domain";
import type { SellerAccount } from "@/lib/seller-portal/types";
import { ChoiceGroup, Field } from "@/components/forms/form-kit";
import { ProfileImageField } from "./profile-image-field";

type StepProps = { seller: SellerAccount };
const val = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

export function BusinessFields({ seller }: StepProps) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  return (
    <>
      <Field name="name" label={t("sellerPortal.field.name")} defaultValue={seller.name} autoComplete="organization" maxLength={120} testId="input-name" />
      <Field name="handle" label={t("sellerPortal.field.handle")} hint={t("sellerPortal.hint.handle")} defaultValue={seller.handle}
        autoCapitalize="none" autoComplete="off" maxLength={60} testId="input-handle" />
      <Field name="owner_name" label={t("sellerPortal.field.owner_name")} defaultValue={val(seller.ownerName)} autoComplete="name" testId="input-owner_name" />
      <Field name="phone" label={t("sellerPortal.field.phone")} hint={t("sellerAuth.phoneHint")} defaultValue={val(seller.phone)}
        type="tel" inputMode="tel" autoComplete="tel" testId="input-phone" />
      <Field name="email" label={t("sellerPortal.field.email")} defaultValue={val(seller.email ?? seller.memberEmail)}
        type="email" inputMode="email" autoComplete="email" testId="input-email" />
      <Field name="sentra" label={t("sellerPortal.field.sentra")} hint={t("sellerPortal.hint.sentra")} optional defaultValue={val(seller.sentra)}
        options={SENTRA.map((s) => ({ value: s, label: t(`vocab:sentra.${s}`) }))} testId="input-sentra" />
    </>
  );
}

export function IdentityFields({ seller }: StepProps) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  return (
    <>
      <Field name="nib" label={t("sellerPortal.field.nib")} hint={t("sellerPortal.hint.nib")} defaultValue={val(seller.nib)}
        inputMode="numeric" autoComplete="off" maxLength={20} testId="input-nib" />
      <Field name="npwp" label={t("sellerPortal.field.npwp")} hint={t("sellerPortal.hint.npwp")} defaultValue={val(seller.npwp)}
        inputMode="numeric" autoComplete="off" maxLength={24} testId="input-npwp" />
      <Field name="kbli" label={t("sellerPortal.field.kbli")} hint={t("sellerPortal.hint.kbli")} defaultValue={seller.kbli.join(", ")}
        inputMode="numeric" autoComplete="off" testId="input-kbli" />
      <ChoiceGroup name="scale_basis" type="radio" legend={t("sellerPortal.field.scale_basis")} hint={t("sellerPortal.hint.scale_basis")}
        options={SCALE_BASES.map((b) => ({ value: b, label: t(`sellerPortal.scaleBasis.${b}`) }))}
        checked={seller.scaleBasis ? [seller.scaleBasis] : []} testId="input-scale_basis" />
      <Field name="declared_amount_idr" label={t("sellerPortal.field.declared_amount_idr")} hint={t("sellerPortal.hint.declared_amount_idr")}
        defaultValue={val(seller.declaredAmountIdr)} inputMode="numeric" autoComplete="off" testId="input-declared_amount_idr" />
    </>
  );
}

const ADDRESS = [
  ["street", "street-address"], ["kelurahan", "address-level3"], ["kecamatan", "address-level3"],
  ["city", "address-level2"], ["province", "address-level1"], ["postcode", "postal-code"],
] as const;

export function AddressFields({ seller }: StepProps) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  return (
    <>
      {ADDRESS.map(([name, autoComplete]) => (
        <Field key={name} name={name} label={t(`sellerPortal.field.${name}`)} defaultValue={val(seller[name])} autoComplete={autoComplete}
          hint={name === "postcode" ? t("sellerPortal.hint.postcode") : undefined}
          inputMode={name === "postcode" ? "numeric" : undefined} maxLength={name === "postcode" ? 5 : undefined} testId={`input-${name}`} />
      ))}
    </>
  );
}

export function ProductionFields({ seller }: StepProps) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [chosen, setChosen] = useState<Technique[]>(seller.techniques);
  const capacity = new Map(seller.capacity.map((c) => [c.technique, c]));
  const toggle = (value: string, on: boolean) =>
    setChosen((prev) => TECHNIQUES.filter((x) => (x === value ? on : prev.includes(x))));
  return (
    <>
      <Field name="founded_year" label={t("sellerPortal.field.founded_year")} defaultValue={val(seller.foundedYear)}
        type="number" inputMode="numeric" min={1900} max={new Date().getFullYear()} testId="input-founded_year" />
      <ChoiceGroup name="techniques" type="checkbox" legend={t("sellerPortal.field.techniques")} testId="input-techniques"
        options={TECHNIQUES.map((x) => ({ value: x, label: t(`vocab:technique.${x}`), note: isImitation(x) ? t("imitation.badge") : undefined }))}
        checked={seller.techniques} onChange={toggle} />
      {chosen.length > 0 && (
        <fieldset className="capacity" data-testid="input-capacity">
          <legend className="field__label">{t("sellerPortal.field.capacity")}</legend>
          <p className="field__hint">{t("sellerPortal.hint.capacity")}</p>
          {chosen.map((x) => (
            <div key={x} className="capacity__row" data-testid={`capacity-${x}`}>
              <p className="capacity__technique">{t(`vocab:technique.${x}`)}</p>
              <Field name={`capacity.${x}.units_per_month`} label={t("sellerPortal.field.units_per_month")} type="number" inputMode="numeric"
                min={0} max={100000} defaultValue={val(capacity.get(x)?.unitsPerMonth)} />
              <Field name={`capacity.${x}.lead_time_days`} label={t("sellerPortal.field.lead_time_days")} type="number" inputMode="numeric"
                min={1} max={730} defaultValue={val(capacity.get(x)?.leadTimeDays)} />
            </div>
          ))}
        </fieldset>
      )}
    </>
  );
}

const WORKFORCE = [
  ["workforce_bpjs", "workforceBpjs"], ["artisans_over_50", "artisansOver50"], ["apprentices_under_25", "apprenticesUnder25"],
] as const;

export function PeopleFields({ seller }: StepProps) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [method, setMethod] = useState(seller.wastewaterMethod ?? "");
  return (
    <>
      <ChoiceGroup name="wastewater_method" type="radio" legend={t("sellerPortal.field.wastewater_method")} testId="input-wastewater_method"
        options={WASTEWATER_METHODS.map((m) => ({ value: m, label: t(`vocab:wastewater.${m}`) }))}
        checked={method ? [method] : []} onChange={(value, on) => on && setMethod(value as typeof method)} />
      {method === "communal_ipal" && (
        <Field name="ipal_name" label={t("sellerPortal.field.ipal_name")} hint={t("sellerPortal.hint.ipal_name")}
          defaultValue={val(seller.ipalName)} testId="input-ipal_name" />
      )}
      <Field name="workforce_total" label={t("sellerPortal.field.workforce_total")} defaultValue={val(seller.workforceTotal)}
        type="number" inputMode="numeric" min={0} max={10000} testId="input-workforce_total" />
      <p className="field__hint">{t("sellerPortal.hint.workforce")}</p>
      {WORKFORCE.map(([name, key]) => (
        <Field key={name} name={name} label={t(`sellerPortal.field.${name}`)} defaultValue={val(seller[key])}
          type="number" inputMode="numeric" min={0} max={10000} testId={`input-${name}`} />
      ))}
    </>
  );
}

export function StoryFields({ seller }: StepProps) {
  const { t, locale } = useTranslation(CLIENT_NAMESPACES);
  return (
    <>
      <Field name="story.id" label={t("sellerPortal.field.story_id")} hint={t("sellerPortal.hint.story")} multiline maxLength={4000}
        defaultValue={seller.story.id} testId="input-story-id" />
      <Field name="story.en" label={t("sellerPortal.field.story_en")} hint={t("sellerPortal.hint.story")} multiline maxLength={4000}
        defaultValue={seller.story.en} testId="input-story-en" />
      <ProfileImageField name="logo_url" initial={seller.logoUrl} locale={locale} />
      <ProfileImageField name="banner_url" initial={seller.bannerUrl} locale={locale} />
    </>
  );
}
