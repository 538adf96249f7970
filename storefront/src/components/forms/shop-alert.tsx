"use client";

import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { Result } from "@/lib/result";

/** The message for a whole shop form after a refused submit, with the backend's own words when they add something. */
export function ShopAlert({ state, testId = "shop-error" }: { state: Result<unknown> | null; testId?: string }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  if (!state || state.ok) return null;
  // Keys come typed from ErrorKey; i18next's overloads cannot take a union with interpolation values.
  const text = (t as unknown as (key: string, options?: Record<string, string>) => string)(state.errorKey, state.params);
  return (
    <div className="form-alert" role="alert" data-testid={testId}>
      <p>{text}</p>
      {state.detail && state.detail !== text && <p className="form-alert__detail" data-testid={`${testId}-detail`}>{state.detail}</p>}
    </div>
  );
}
