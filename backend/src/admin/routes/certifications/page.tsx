import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Container, createDataTableColumnHelper, DataTable, Heading, Tabs, Text, toast, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useMemo } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import type { CertStatus } from "@canting/domain"
import { CERT_STATUS_TABS, certKeys, listCertificates, type AdminCertificate } from "./api"
import { useCertCopy, type CertCopy } from "../../lib/i18n"
import { CertStatusBadge, DisplayStateBadge } from "./badges"

const PAGE_SIZE = 20
const ALL = "all"
// The queue opens on claims waiting for review.
const TABS: (CertStatus | typeof ALL)[] = ["pending", ALL, ...CERT_STATUS_TABS.filter((s) => s !== "pending")]
const column = createDataTableColumnHelper<AdminCertificate>()

function buildColumns(copy: CertCopy) {
  return [
    column.accessor("scheme", { header: copy.t("list.scheme"), cell: ({ getValue }) => copy.label("certScheme", getValue()) }),
    column.accessor("seller", { header: copy.t("list.seller"), cell: ({ getValue }) => getValue()?.name ?? "—" }),
    column.accessor("subject_type", {
      header: copy.t("list.subject"),
      cell: ({ row }) => row.original.product?.title ?? copy.label("certSubject", row.original.subject_type),
    }),
    column.accessor("number", { header: copy.t("list.number") }),
    column.accessor("expires_at", { header: copy.t("list.expires"), cell: ({ getValue }) => copy.day(getValue()) }),
    column.accessor("status", { header: copy.t("list.status"), cell: ({ getValue }) => <CertStatusBadge status={getValue()} /> }),
    column.accessor("display_state", { header: copy.t("list.shown"), cell: ({ getValue }) => <DisplayStateBadge state={getValue()} /> }),
  ]
}

/** Certificates: the operator's review queue with status tabs; state lives in the URL. */
const CertificatesPage = () => {
  const copy = useCertCopy()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const tab = TABS.find((v) => v === (params.get("status") ?? "pending")) ?? "pending"
  const pageIndex = Math.max(0, Number(params.get("page") ?? 0) || 0)
  const update = (changes: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev)
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v)
        else next.delete(k)
      }
      return next
    }, { replace: true })

  const query = { status: tab === ALL ? undefined : tab, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE }
  const { data, isLoading, isError, error } = useQuery({ queryKey: certKeys.list(query), queryFn: () => listCertificates(query), placeholderData: keepPreviousData })
  useEffect(() => {
    if (isError) toast.error(copy.t("list.loadError"), { description: error?.message })
  }, [isError, error, copy])

  const columns = useMemo(() => buildColumns(copy), [copy])
  const pagination: DataTablePaginationState = { pageIndex, pageSize: PAGE_SIZE }
  const table = useDataTable({
    data: data?.certificates ?? [], columns, getRowId: (row) => row.id, rowCount: data?.count ?? 0, isLoading,
    autoResetPageIndex: false,
    pagination: { state: pagination, onPaginationChange: (next) => update({ page: next.pageIndex ? String(next.pageIndex) : null }) },
    onRowClick: (_event, row) => navigate(`/certifications/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading>{copy.t("list.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{copy.t("list.subtitle")}</Text>
      </div>
      <div className="overflow-x-auto px-6 py-3">
        <Tabs value={tab} onValueChange={(value) => update({ status: value === "pending" ? null : value, page: null })}>
          <Tabs.List>
            {TABS.map((value) => (
              <Tabs.Trigger key={value} value={value}>{value === ALL ? copy.t("list.all") : copy.label("certStatus", value)}</Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      <DataTable instance={table}>
        <DataTable.Table emptyState={{ empty: { heading: copy.t("list.empty") }, filtered: { heading: copy.t("list.empty") } }} />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "nav.certificates", translationNs: "admin", icon: CheckCircle })

export default CertificatesPage
