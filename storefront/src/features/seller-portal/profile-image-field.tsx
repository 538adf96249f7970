"use client";

import { useState, type ChangeEvent } from "react";
import { useTranslation } from "@/lib/i18n/client";
import type { Locale } from "@canting/domain";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { IMAGE_ACCEPT, MAX_IMAGE_BYTES } from "@/lib/seller-portal/listings";
import { useFieldError } from "@/components/forms/form-kit";
import { uploadImages } from "./upload-images";
import type { ErrorKey } from "@/lib/result";

type Props = { name: "logo_url" | "banner_url"; initial: string | null; locale: Locale };

/**
 * One public profile image (the workshop's logo or banner): a preview, a picker that uploads at
 * once, and a remove button. The form posts the URL in a hidden input; an empty value removes it.
 */
export function ProfileImageField({ name, initial, locale }: Props) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [url, setUrl] = useState<string>(initial ?? "");
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<ErrorKey | null>(null);
  const formError = useFieldError(name);
  const shown = error ?? formError;
  const kind = name === "logo_url" ? "logo" : "banner";
  const hintId = `${name}-hint`;

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) return setError("errors:file_too_large");
    setError(null);
    setUploading(true);
    const result = await uploadImages([file], locale);
    setUploading(false);
    input.value = "";
    if (result.ok && result.data.urls[0]) setUrl(result.data.urls[0]);
    else if (!result.ok) setError(result.fieldErrors?.files ?? result.fieldErrors?.["files.0"] ?? result.errorKey);
  }

  return (
    <fieldset className={shown ? "portal-form__group images field--invalid" : "portal-form__group images"} data-testid={`profile-${kind}`}>
      <legend>{t(`sellerPortal.field.${name}`)}</legend>
      <p className="field__hint" id={hintId}>{t(`sellerPortal.hint.${name}`)}</p>
      <input type="hidden" name={name} value={url} />
      {url ? (
        <div className={`images__item images__item--${kind}`}>
          <img src={url} alt={t(`sellerPortal.imageAlt.${kind}`)} loading="lazy" data-testid={`profile-${kind}-preview`} />
          <button type="button" className="button button--ghost button--small" data-testid={`profile-${kind}-remove`} onClick={() => setUrl("")}>
            {t(`sellerPortal.imageRemove.${kind}`)}
          </button>
        </div>
      ) : (
        <p className="empty" data-testid={`profile-${kind}-empty`}>{t(`sellerPortal.imageEmpty.${kind}`)}</p>
      )}
      <label className="field">
        <span className="field__label">{t(`sellerPortal.imageChoose.${kind}`)}</span>
        <input className="field__control" type="file" accept={IMAGE_ACCEPT} disabled={uploading}
          aria-describedby={hintId} data-testid={`profile-${kind}-input`} onChange={onChange} />
      </label>
      {uploading && <p role="status">{t("sellerListings.form.imagesUploading")}</p>}
      {shown && <p className="field__error" data-testid={`field-error-${name}`}>{t(shown)}</p>}
    </fieldset>
  );
}
