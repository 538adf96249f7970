"use client";

import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { Locale } from "@canting/domain";
import type { ChangeRequest } from "@/lib/seller-portal/change-requests";
import { identityLocked, type SellerAccount, type SellerDocument } from "@/lib/seller-portal/types";
import { ChangeRequestForm } from "./change-request-form";
import { ChangeRequestList } from "./change-request-list";
import type { FormAction } from "@/lib/result";

type Props = {
  requests: ChangeRequest[]; seller: SellerAccount; documents: SellerDocument[]; locale: Locale; action: FormAction<{ id: string }>;
};

/** The change request page's body: the form (one request at a time, only for a verified identity) and the history. */
export function ChangeRequestsPanel({ requests, seller, documents, locale, action }: Props) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const pending = requests.some((r) => r.status === "pending");
  return (
    <>
      {!identityLocked(seller.status) ? (
        <p className="form-alert form-alert--info" data-testid="change-request-not-needed">{t("errors:change_request_not_needed")}</p>
      ) : pending ? (
        <div className="form-alert form-alert--info" role="status" data-testid="change-request-pending">
          <p>{t("sellerPortal.changeRequest.pending")}</p>
          <p>{t("sellerPortal.changeRequest.pendingNext")}</p>
        </div>
      ) : (
        <ChangeRequestForm seller={seller} documents={documents} locale={locale} action={action} />
      )}
      <ChangeRequestList requests={requests} />
    </>
  );
}
