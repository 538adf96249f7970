import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Tabs,
  Text,
  toast,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { useSellers } from "../../lib/hooks"
import { useCopy, type Copy } from "../../lib/i18n"
import { SELLER_STATUSES, type SellerStatus, type SellerSummary } from "../../lib/sellers"
import { SellerStatusBadge } from "./seller-status-badge"

const PAGE_SIZE = 20
const ALL = "all"
// The queue opens on applications waiting for review; every other status follows.
const TABS: (SellerStatus | typeof ALL)[] = ["submitted", ALL, ...SELLER_STATUSES.filter((s) => s !== "submitted")]

const column = createDataTableColumnHelper<SellerSummary>()

function buildColumns(copy: Copy) {
  return [
    column.accessor("name", { header: copy.t("list.name") }),
    column.accessor("handle", { header: copy.t("list.handle") }),
    column.accessor("sentra", { header: copy.t("list.sentra"), cell: ({ getValue }) => copy.label("sentra", getValue()) }),
    column.accessor("status", { header: copy.t("list.status"), cell: ({ getValue }) => <SellerStatusBadge status={getValue()} /> }),
    column.accessor("updated_at", { header: copy.t("list.updated"), cell: ({ getValue }) => copy.date(getValue()) }),
  ]
}

/** The operator's review queue: status tabs, search and a paginated table; state lives in the URL. */
export function SellerList() {
  const copy = useCopy()
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()

  const rawTab = searchParams.get("status") ?? "submitted"
  const tab = TABS.find((value) => value === rawTab) ?? "submitted"
  const q = searchParams.get("q") ?? ""
  const pageIndex = Math.max(0, Number(searchParams.get("page") ?? 0) || 0)

  const update = (changes: Record<string, string | null>) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === "") next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true }
    )

  const { data, isLoading, isError, error } = useSellers({
    status: tab === ALL ? undefined : tab,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })

  useEffect(() => {
    if (isError) toast.error(copy.t("list.loadError"), { description: error?.message })
  }, [isError, error, copy])

  const columns = useMemo(() => buildColumns(copy), [copy])
  const pagination: DataTablePaginationState = { pageIndex, pageSize: PAGE_SIZE }

  const table = useDataTable({
    data: data?.sellers ?? [],
    columns,
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    // Tab and search changes reset the page themselves, in the same URL update.
    autoResetPageIndex: false,
    search: { state: q, onSearchChange: (value) => update({ q: value, page: null }) },
    pagination: {
      state: pagination,
      onPaginationChange: (next) => update({ page: next.pageIndex ? String(next.pageIndex) : null }),
    },
    onRowClick: (_event, row) => navigate(`/sellers/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading>{copy.t("list.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {copy.t("list.subtitle")}
        </Text>
      </div>
      <div className="overflow-x-auto px-6 py-3">
        <Tabs value={tab} onValueChange={(value) => update({ status: value === "submitted" ? null : value, page: null })}>
          <Tabs.List>
            {TABS.map((value) => (
              <Tabs.Trigger key={value} value={value}>
                {value === ALL ? copy.t("list.all") : copy.label("sellerStatus", value)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex justify-end px-6 py-4">
          <DataTable.Search placeholder={copy.t("list.search")} />
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: { heading: copy.t("list.emptyHeading"), description: copy.t("list.emptyDescription") },
            filtered: { heading: copy.t("list.emptyHeading"), description: copy.t("list.emptyDescription") },
          }}
        />
        <DataTable.Pagination
          translations={{
            of: copy.t("pagination.of"),
            results: copy.t("pagination.results"),
            pages: copy.t("pagination.pages"),
            prev: copy.t("pagination.prev"),
            next: copy.t("pagination.next"),
          }}
        />
      </DataTable>
    </Container>
  )
}
