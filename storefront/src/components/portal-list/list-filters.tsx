import Link from "next/link";
import type { Translate } from "@/lib/i18n/create";
import { listHref, type ListParams, type ListSpec } from "@/lib/seller-portal/list-params";

/**
 * The search box, status filter and sort of a portal list: a plain GET form, so the result is a
 * server-rendered URL (works without JavaScript, can be bookmarked); every control has a label.
 */
export function ListFilters<Sort extends string, Status extends string>({ base, spec, params, t, searchLabel, statusLabel, sortLabel, testId }: {
  base: string; spec: ListSpec<Sort, Status>; params: ListParams<Sort, Status>; t: Translate;
  searchLabel: string; statusLabel: (status: Status) => string; sortLabel: (sort: Sort) => string; testId: string;
}) {
  return (
    <form method="get" action={base} role="search" aria-label={t("portalList.filters")} className="list-filters" data-testid={testId}>
      <div className="field list-filters__q">
        <label className="field__label" htmlFor={`${testId}-q`}>{searchLabel}</label>
        <input className="field__control" id={`${testId}-q`} name="q" type="search" maxLength={100} defaultValue={params.q} data-testid={`${testId}-q`} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${testId}-status`}>{t("portalList.status")}</label>
        <select className="field__control" id={`${testId}-status`} name="status" defaultValue={params.status} data-testid={`${testId}-status`}>
          <option value="">{t("portalList.allStatuses")}</option>
          {spec.statuses.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${testId}-sort`}>{t("portalList.sort")}</label>
        <select className="field__control" id={`${testId}-sort`} name="sort" defaultValue={params.sort} data-testid={`${testId}-sort`}>
          {spec.sorts.map((s) => <option key={s} value={s}>{sortLabel(s)}</option>)}
        </select>
      </div>
      <div className="list-filters__actions">
        <button type="submit" className="button button--small" data-testid={`${testId}-apply`}>{t("portalList.apply")}</button>
        {(params.q || params.status) && (
          <Link href={listHref(base, spec, params, { q: "", status: "" })} data-testid={`${testId}-clear`}>{t("portalList.clear")}</Link>
        )}
      </div>
    </form>
  );
}
