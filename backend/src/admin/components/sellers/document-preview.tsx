import { Text } from "@medusajs/ui"
import { Spinner } from "@medusajs/icons"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useCopy } from "../../lib/i18n"
import { fetchDocumentFile, inlineType, sellerKeys, type SellerDocument } from "../../lib/sellers"

/**
 * The document's bytes as an object URL. Fetching with the session cookie (instead of pointing
 * <img>/<iframe> at the route) works whatever Content-Disposition the route sends and lets a
 * 401/404 show as a message rather than as JSON inside a frame.
 */
export function useDocumentUrl(sellerId: string, doc: SellerDocument, enabled: boolean) {
  const file = useQuery({
    queryKey: sellerKeys.file(sellerId, doc.id),
    queryFn: () => fetchDocumentFile(sellerId, doc),
    enabled,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  })
  const [url, setUrl] = useState<string>()
  useEffect(() => {
    if (!file.data) return
    const objectUrl = URL.createObjectURL(file.data)
    // The effect owns the URL (it revokes it on cleanup), so it hands it to render through state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(objectUrl)
    return () => {
      URL.revokeObjectURL(objectUrl)
      setUrl(undefined)
    }
  }, [file.data])
  return { url, isLoading: file.isLoading, error: file.error }
}

interface PreviewProps {
  doc: SellerDocument
  url: string | undefined
  isLoading: boolean
  error: Error | null
}

/** Images as <img>, PDFs in an <iframe>; other types only get the download link. */
export function DocumentPreview({ doc, url, isLoading, error }: PreviewProps) {
  const { t } = useCopy()
  const type = inlineType(doc)

  if (error) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {t("doc.loadError")}: {error.message}
      </Text>
    )
  }
  if (isLoading || !url) {
    return (
      <div className="text-ui-fg-subtle flex items-center gap-x-2">
        <Spinner className="animate-spin" />
        <Text size="small">{t("doc.loading")}</Text>
      </div>
    )
  }
  if (type === "application/pdf") {
    return <iframe title={doc.filename} src={url} className="border-ui-border-base h-[640px] w-full rounded-md border" />
  }
  if (type?.startsWith("image/")) {
    return (
      <img src={url} alt={doc.filename} className="border-ui-border-base max-h-[640px] max-w-full rounded-md border object-contain" />
    )
  }
  return (
    <Text size="small" className="text-ui-fg-subtle">
      {t("doc.noPreview")}
    </Text>
  )
}
