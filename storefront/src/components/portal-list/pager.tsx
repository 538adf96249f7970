import Link from "next/link";
import type { Translate } from "@/lib/i18n/create";
import { pageRange } from "@/lib/seller-portal/list-params";

/** "21–40 of 45" and links to the previous and next page (URLs, so each page is server-rendered). */
export function Pager({ page, count, pageSize, hrefFor, t, testId }: {
  page: number; count: number; pageSize: number; hrefFor: (page: number) => string; t: Translate; testId: string;
}) {
  const { from, to, pages } = pageRange(page, count, pageSize);
  return (
    <div className="pager" data-testid={testId}>
      <p className="pager__range" data-testid={`${testId}-range`}>{t("portalList.range", { from, to, count })}</p>
      {pages > 1 && (
        <nav aria-label={t("portalList.pages")} className="pager__nav">
          {page > 1 && <Link href={hrefFor(Math.min(page - 1, pages))} rel="prev" data-testid={`${testId}-previous`}>{t("portalList.previous")}</Link>}
          <span>{t("portalList.pageOf", { page, pages })}</span>
          {page < pages && <Link href={hrefFor(page + 1)} rel="next" data-testid={`${testId}-next`}>{t("portalList.next")}</Link>}
        </nav>
      )}
    </div>
  );
}
