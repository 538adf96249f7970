"use client";

import {
  createContext, startTransition, useActionState, useContext, useId,
  type FormEvent, type InputHTMLAttributes, type ReactNode,
} from "react";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { ErrorKey, FormAction, Result } from "@/lib/result";

const FieldErrors = createContext<Record<string, ErrorKey>>({});

/** Gives every `Field` inside the field errors of the last submit. */
export function FieldErrorsProvider({ errors, children }: { errors?: Record<string, ErrorKey>; children: ReactNode }) {
  return <FieldErrors.Provider value={errors ?? {}}>{children}</FieldErrors.Provider>;
}

export const useFieldError = (name: string): ErrorKey | undefined => useContext(FieldErrors)[name];

/**
 * Drives a server action from a form without React's automatic form reset, so what the seller
 * typed stays in place when the backend refuses it. The clicked button's name/value is sent too.
 * Pass `formAction` as the form's `action` too and the form also posts without JavaScript.
 */
export function useFormAction<T>(action: FormAction<T>) {
  const [state, dispatch, pending] = useActionState<Result<T> | null, FormData>(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter instanceof HTMLButtonElement && submitter.name) data.set(submitter.name, submitter.value);
    startTransition(() => dispatch(data));
  };
  return { state, pending, onSubmit, formAction: dispatch };
}

/** The message for the whole form (and nothing when the last submit went through). */
export function FormAlert({ state, testId = "form-error" }: { state: Result<unknown> | null; testId?: string }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  if (!state || state.ok) return null;
  return <p className="form-alert" role="alert" data-testid={testId}>{t(state.errorKey)}</p>;
}

/** The translated message under a field, tied to it with aria-describedby. */
export function FieldError({ name, id }: { name: string; id: string }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const error = useFieldError(name);
  if (!error) return null;
  return <p className="field__error" id={id} data-testid={`field-error-${name}`}>{t(error)}</p>;
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  testId?: string;
  multiline?: boolean;
  rows?: number;
  options?: { value: string; label: string }[];
  placeholder?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>,
  "type" | "accept" | "inputMode" | "autoComplete" | "autoCapitalize" | "required" | "disabled" | "defaultValue" | "min" | "max" | "maxLength" | "minLength" | "pattern" | "onChange" | "value">;

/** A labelled input, textarea or select with its hint and its error from the backend. */
export function Field({ name, label, hint, optional, testId, multiline, rows = 6, options, placeholder, ...input }: FieldProps) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, "data-testid": testId };
  const defaultValue = input.defaultValue as string | number | undefined;
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label} {optional && <span className="field__optional">{t("sellerPortal.optional")}</span>}
      </label>
      {hint && <p className="field__hint" id={`${id}-hint`}>{hint}</p>}
      {options ? (
        <select className="field__control" defaultValue={defaultValue ?? ""} required={input.required} {...common}>
          <option value="">{placeholder ?? t("sellerPortal.choose")}</option>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : multiline ? (
        <textarea className="field__control" rows={rows} defaultValue={defaultValue} maxLength={input.maxLength} required={input.required} {...common} />
      ) : (
        <input className="field__control" placeholder={placeholder} {...input} {...common} />
      )}
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}

/** A group of radio buttons or checkboxes with big tap targets, a legend and its error. */
export function ChoiceGroup({ name, legend, hint, type, options, checked, testId, onChange }: {
  name: string; legend: string; hint?: string; type: "radio" | "checkbox"; testId?: string;
  options: { value: string; label: string; note?: string }[];
  checked: readonly string[];
  onChange?: (value: string, on: boolean) => void;
}) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <fieldset className={error ? "choices field--invalid" : "choices"} data-testid={testId}
      aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined}>
      <legend className="field__label">{legend}</legend>
      {hint && <p className="field__hint" id={`${id}-hint`}>{hint}</p>}
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input type={type} name={name} value={o.value} defaultChecked={checked.includes(o.value)}
            onChange={onChange ? (e) => onChange(o.value, e.currentTarget.checked) : undefined} />
          <span>{o.label}{o.note && <small className="choice__note">{o.note}</small>}</span>
        </label>
      ))}
      <FieldError name={name} id={`${id}-error`} />
    </fieldset>
  );
}
