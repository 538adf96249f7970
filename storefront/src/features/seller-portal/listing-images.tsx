"use client";

import { useState, type ChangeEvent } from "react";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { Locale } from "@canting/domain";
import { IMAGE_ACCEPT, MAX_IMAGES, MAX_IMAGE_BYTES } from "@/lib/seller-portal/listings";
import { uploadImages as send } from "./upload-images";
import { useFieldError } from "@/components/forms/form-kit";
import type { ErrorKey } from "@/lib/result";

/**
 * The listing's photos: thumbnails (each a hidden `images` input, the first is the cover), a remove
 * button each, and a picker that uploads at once. The picker has no name, so the form never posts files.
 */
export function ListingImages({ locale, initial }: { locale: Locale; initial: string[] }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [urls, setUrls] = useState<string[]>(initial);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<ErrorKey | null>(null);
  const formError = useFieldError("images");
  const shown = error ?? formError;

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    if (files.length === 0) return;
    if (files.some((f) => f.size > MAX_IMAGE_BYTES)) return setError("errors:file_too_large");
    if (urls.length + files.length > MAX_IMAGES) return setError("errors:too_long");
    setError(null);
    setUploading(true);
    const result = await send(files, locale);
    setUploading(false);
    input.value = "";
    if (result.ok) setUrls((u) => [...u, ...result.data.urls]);
    else setError(result.fieldErrors?.images ?? result.errorKey);
  }

  return (
    <fieldset className={shown ? "portal-form__group images field--invalid" : "portal-form__group images"} data-testid="listing-images">
      <legend>{t("sellerListings.form.imagesLegend")}</legend>
      <p className="field__hint" id="images-hint">{t("sellerListings.form.imagesHint")}</p>
      {urls.length === 0 ? (
        <p className="empty" data-testid="listing-images-empty">{t("sellerListings.form.imagesEmpty")}</p>
      ) : (
        <ul className="images__list" role="list">
          {urls.map((url, i) => (
            <li key={url} className="images__item" data-testid="listing-image">
              <img src={url} alt={t("sellerListings.form.imageAlt", { number: i + 1 })} loading="lazy" />
              <input type="hidden" name="images" value={url} />
              <button type="button" className="button button--ghost button--small" data-testid="listing-image-remove"
                onClick={() => setUrls((u) => u.filter((x) => x !== url))}>
                {t("sellerListings.form.imageRemove", { number: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        <span className="field__label">{t("sellerListings.form.imagesChoose")}</span>
        <input className="field__control" type="file" accept={IMAGE_ACCEPT} multiple disabled={uploading}
          aria-describedby="images-hint" data-testid="listing-images-input" onChange={onChange} />
      </label>
      {uploading && <p role="status" data-testid="listing-images-uploading">{t("sellerListings.form.imagesUploading")}</p>}
      {shown && <p className="field__error" data-testid="field-error-images">{t(shown)}</p>}
    </fieldset>
  );
}
