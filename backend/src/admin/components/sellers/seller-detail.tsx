import { ArrowLeft, Spinner } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useSeller } from "../../lib/hooks"
import { useCopy } from "../../lib/i18n"
import { ChangeRequestsSection } from "./change-requests-section"
import { DocumentDecisionsSection } from "./document-decisions-section"
import { DocumentsSection } from "./documents-section"
import { HistorySection } from "./history-section"
import { ProductionSection, PeopleSection } from "./production-sections"
import { AddressSection, ContactSection, IdentitySection } from "./profile-sections"
import { ReviewActions } from "./review-actions"
import { SellerStatusBadge } from "./seller-status-badge"
import { MembersSection, StorySection } from "./story-members-sections"

function BackLink() {
  const { t } = useCopy()
  return (
    <Link to="/sellers" className="text-ui-fg-subtle hover:text-ui-fg-base txt-compact-small flex items-center gap-x-1">
      <ArrowLeft />
      {t("detail.back")}
    </Link>
  )
}

/** One seller as the operator reviews it: profile, documents, history and the allowed actions. */
export function SellerDetailView({ id }: { id: string }) {
  const copy = useCopy()
  const { data: seller, isLoading, error } = useSeller(id)

  if (isLoading) {
    return (
      <Container className="text-ui-fg-subtle flex items-center justify-center py-16">
        <Spinner className="animate-spin" />
      </Container>
    )
  }
  if (error || !seller) {
    return (
      <div className="flex flex-col gap-y-3">
        <BackLink />
        <Container className="flex flex-col gap-y-1 px-6 py-4">
          <Heading level="h2">{copy.t("detail.loadError")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {error?.message}
          </Text>
        </Container>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <BackLink />
      <Container className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex min-w-0 flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading>{seller.name}</Heading>
            <SellerStatusBadge status={seller.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            @{seller.handle} · {copy.t("list.updated")}: {copy.date(seller.updated_at)}
          </Text>
        </div>
        <ReviewActions seller={seller} />
      </Container>
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <ChangeRequestsSection seller={seller} copy={copy} />
          <IdentitySection seller={seller} copy={copy} />
          <ProductionSection seller={seller} copy={copy} />
          <PeopleSection seller={seller} copy={copy} />
          <StorySection seller={seller} copy={copy} />
          <DocumentsSection seller={seller} copy={copy} />
        </div>
        <div className="flex w-full min-w-0 flex-col gap-y-3 xl:max-w-[440px]">
          <HistorySection seller={seller} copy={copy} />
          <DocumentDecisionsSection seller={seller} copy={copy} />
          <ContactSection seller={seller} copy={copy} />
          <AddressSection seller={seller} copy={copy} />
          <MembersSection seller={seller} copy={copy} />
        </div>
      </div>
    </div>
  )
}
