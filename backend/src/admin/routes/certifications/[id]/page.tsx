import { Badge, Button, Container, Drawer, Heading, Hint, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { Spinner } from "@medusajs/icons"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState, type FormEvent } from "react"
import { Link, useParams } from "react-router-dom"
import type { VerificationMethod } from "@canting/domain"

// The admin bundle (Vite) cannot import values from the CommonJS @canting/domain, only types; a record
// over the type makes a new method in the domain fail the type check until it is listed here.
const METHODS: Record<VerificationMethod, true> = { document_inspection: true, issuer_registry_lookup: true, issuer_confirmation: true, site_visit: true }
const VERIFICATION_METHODS = Object.keys(METHODS) as VerificationMethod[]
import { certKeys, decideCertificate, DECISIONS_BY_STATUS, fetchEvidence, retrieveCertificate, type AdminCertificate, type CertDecision } from "../api"
import { useCertCopy } from "../../../lib/i18n"
import { CertStatusBadge, DisplayStateBadge } from "../badges"

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="grid grid-cols-2 items-start px-6 py-3">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">{label}</Text>
      <Text size="small" className="whitespace-pre-wrap break-words">{value ?? "—"}</Text>
    </div>
  )
}

/** One evidence file shown inline (PDF in a frame, images as images), fetched with the session cookie. */
function Evidence({ cert, evidence }: { cert: AdminCertificate; evidence: NonNullable<AdminCertificate["evidence"]>[number] }) {
  const copy = useCertCopy()
  const file = useQuery({ queryKey: certKeys.file(cert.id, evidence.id), queryFn: () => fetchEvidence(cert.id, evidence), staleTime: Infinity, retry: false })
  const [url, setUrl] = useState<string>()
  useEffect(() => {
    if (!file.data) return
    const objectUrl = URL.createObjectURL(file.data)
    // The effect owns the URL (it revokes it on cleanup), so it hands it to render through state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(objectUrl)
    return () => URL.revokeObjectURL(objectUrl)
  }, [file.data])
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">{evidence.filename}</Text>
        {url ? <a href={url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive txt-small">{copy.t("detail.open")}</a> : null}
      </div>
      {file.error ? <Text size="small" className="text-ui-fg-error">{(file.error as Error).message}</Text>
        : !url ? <div className="text-ui-fg-subtle flex items-center gap-x-2"><Spinner className="animate-spin" /><Text size="small">{copy.t("detail.loading")}</Text></div>
        : evidence.mime_type === "application/pdf" ? <iframe title={evidence.filename} src={url} className="border-ui-border-base h-[640px] w-full rounded-md border" />
        : evidence.mime_type.startsWith("image/") ? <img src={url} alt={evidence.filename} className="border-ui-border-base max-h-[640px] max-w-full rounded-md border object-contain" />
        : <Text size="small" className="text-ui-fg-subtle">{copy.t("detail.noPreview")}</Text>}
    </div>
  )
}

/** Verify (method + optional note), reject or revoke (note required) in a drawer. */
function DecisionDrawer({ cert, decision, onClose }: { cert: AdminCertificate; decision: CertDecision; onClose: () => void }) {
  const copy = useCertCopy()
  const queryClient = useQueryClient()
  const [method, setMethod] = useState("")
  const [note, setNote] = useState("")
  const [missing, setMissing] = useState<"method" | "note">()
  const mutation = useMutation({
    mutationFn: () => decideCertificate(cert.id, decision, decision === "verify" ? { method, note: note.trim() || undefined } : { note: note.trim() }, copy.apiLocale),
    onSuccess: ({ certificate }) => {
      toast.success(copy.t("action.done", { status: copy.label("certStatus", certificate.status) }))
      queryClient.invalidateQueries({ queryKey: certKeys.all })
      onClose()
    },
    onError: (error) => toast.error(copy.t("action.failed"), { description: (error as Error).message }),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (decision === "verify" && !method) return setMissing("method")
    if (decision !== "verify" && !note.trim()) return setMissing("note")
    mutation.mutate()
  }
  return (
    <Drawer open onOpenChange={(open) => !open && !mutation.isPending && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{copy.t(`action.${decision}`)}: {copy.label("certScheme", cert.scheme)} {cert.number}</Drawer.Title>
            <Drawer.Description className="sr-only">{copy.t("form.noteHint")}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            {decision === "verify" ? (
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="cert-method">{copy.t("form.method")}</Label>
                <Select value={method} onValueChange={(v) => { setMethod(v); setMissing(undefined) }}>
                  <Select.Trigger id="cert-method" aria-invalid={missing === "method"}><Select.Value placeholder="—" /></Select.Trigger>
                  <Select.Content>
                    {VERIFICATION_METHODS.map((m) => <Select.Item key={m} value={m}>{copy.label("verificationMethod", m)}</Select.Item>)}
                  </Select.Content>
                </Select>
                {missing === "method" ? <Hint variant="error">{copy.t("form.methodRequired")}</Hint> : null}
              </div>
            ) : null}
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="cert-note">{copy.t("form.note")}</Label>
              <Textarea id="cert-note" rows={6} value={note} aria-invalid={missing === "note"} onChange={(e) => { setNote(e.target.value); setMissing(undefined) }} />
              {missing === "note" ? <Hint variant="error">{copy.t("form.noteRequired")}</Hint> : <Text size="small" className="text-ui-fg-subtle">{copy.t("form.noteHint")}</Text>}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild><Button type="button" variant="secondary" size="small" disabled={mutation.isPending}>{copy.t("form.cancel")}</Button></Drawer.Close>
            <Button type="submit" size="small" variant={decision === "verify" ? "primary" : "danger"} isLoading={mutation.isPending}>{copy.t(`action.${decision}`)}</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** A certificate for review: the claimed number, issuer and dates beside the evidence, the decisions and the history. */
const CertificateDetailPage = () => {
  const { id } = useParams()
  const copy = useCertCopy()
  const [decision, setDecision] = useState<CertDecision>()
  const { data, isLoading, error } = useQuery({ queryKey: certKeys.detail(id ?? ""), queryFn: () => retrieveCertificate(id!), enabled: Boolean(id), select: (d) => d.certificate })
  if (isLoading) return <Container><Spinner className="animate-spin" /></Container>
  if (error || !data) return <Container><Text className="text-ui-fg-error">{copy.t("detail.loadError")}: {(error as Error | null)?.message}</Text></Container>
  const cert = data
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/certifications" className="text-ui-fg-subtle txt-small">← {copy.t("detail.back")}</Link>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Container className="divide-y p-0">
          <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
            <div className="flex flex-col gap-y-1">
              <Heading>{copy.label("certScheme", cert.scheme)}</Heading>
              <Text size="small" className="text-ui-fg-subtle">{cert.seller?.name} · {cert.product?.title ?? copy.label("certSubject", cert.subject_type)}</Text>
            </div>
            <div className="flex items-center gap-2">
              {cert.is_demo ? <Badge size="2xsmall">{copy.t("detail.demo")}</Badge> : null}
              <CertStatusBadge status={cert.status} />
              <DisplayStateBadge state={cert.display_state} />
            </div>
          </div>
          <Row label={copy.t("detail.issuer")} value={cert.issuer} />
          <Row label={copy.t("detail.number")} value={cert.number} />
          <Row label={copy.t("detail.standard")} value={cert.standard} />
          {cert.batikmark_type ? <Row label={copy.t("detail.batikmark")} value={copy.label("batikmarkType", cert.batikmark_type)} /> : null}
          <Row label={copy.t("detail.issued")} value={copy.day(cert.issued_at)} />
          <Row label={copy.t("detail.expires")} value={copy.day(cert.expires_at)} />
          {cert.product ? <Row label={copy.t("detail.technique")} value={copy.label("technique", cert.product.technique)} /> : null}
          <Row label={copy.t("detail.sellerNote")} value={cert.notes} />
          {cert.verification_method ? <Row label={copy.t("detail.method")} value={copy.label("verificationMethod", cert.verification_method)} /> : null}
          <Row label={copy.t("detail.reviewNote")} value={cert.review_note} />
          {DECISIONS_BY_STATUS[cert.status].length ? (
            <div className="flex flex-wrap gap-2 px-6 py-4">
              {DECISIONS_BY_STATUS[cert.status].map((d) => (
                <Button key={d} size="small" variant={d === "verify" ? "primary" : "danger"} onClick={() => setDecision(d)}>{copy.t(`action.${d}`)}</Button>
              ))}
            </div>
          ) : null}
          <div className="px-6 py-4">
            <Heading level="h2" className="mb-2">{copy.t("detail.history")}</Heading>
            <ol className="flex flex-col gap-y-2">
              {(cert.history ?? []).map((h, i) => (
                <li key={i}>
                  <Text size="small">
                    {copy.dateTime(h.created_at)} · {h.from_status ? `${copy.label("certStatus", h.from_status)} → ` : `${copy.t("detail.created")} → `}
                    {copy.label("certStatus", h.to_status)} · {h.actor_type} {h.actor_id}
                    {h.method ? ` · ${copy.label("verificationMethod", h.method)}` : ""}{h.note ? ` · “${h.note}”` : ""}
                  </Text>
                </li>
              ))}
            </ol>
          </div>
        </Container>
        <Container className="divide-y p-0">
          <div className="px-6 py-4"><Heading level="h2">{copy.t("detail.evidence")}</Heading></div>
          {(cert.evidence ?? []).length
            ? cert.evidence!.map((e) => <Evidence key={e.id} cert={cert} evidence={e} />)
            : <Text size="small" className="text-ui-fg-subtle px-6 py-4">{copy.t("detail.noEvidence")}</Text>}
        </Container>
      </div>
      {decision ? <DecisionDrawer cert={cert} decision={decision} onClose={() => setDecision(undefined)} /> : null}
    </div>
  )
}

export default CertificateDetailPage
