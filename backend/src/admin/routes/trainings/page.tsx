import { defineRouteConfig } from "@medusajs/admin-sdk"
import { AcademicCap } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Tabs, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { hasTrainingText, trainingText as tt, useCopy } from "../../lib/i18n"
import { bulkAward, createProgram, decideAward, listClaims, listPrograms, openEvidence, trainingKeys, type ReportRow } from "./api"

const KINDS = [
  "ppei_export_coaching_program", "ppei_short_course", "dinas_pekalongan_export_training", "digital_marketing_training",
  "lpei_coaching_or_business_matching", "exhibition", "trade_mission", "other",
] as const
const levelLabel = (level: string) => {
  const key = `level.${level}`
  return hasTrainingText(key) ? tt(key) : level
}
const errorText = (err: unknown) => (err as { message?: string })?.message ?? tt("failed")

/** The claims queue: pending seller claims with their evidence, verified or rejected with a note. */
function Claims() {
  const copy = useCopy()
  const queryClient = useQueryClient()
  const { data, isLoading } = useQuery({ queryKey: trainingKeys.claims, queryFn: listClaims })
  const decide = useMutation({
    mutationFn: (v: { id: string; action: "verify" | "reject"; note?: string }) => decideAward(v.id, v.action, v.note, copy.apiLocale),
    onSuccess: () => { toast.success(tt("saved")); queryClient.invalidateQueries({ queryKey: trainingKeys.all }) },
    onError: (err) => toast.error(errorText(err)),
  })
  if (isLoading) return null
  const awards = data?.awards ?? []
  if (!awards.length) return <Text className="px-6 py-4 text-ui-fg-subtle">{tt("claims.empty")}</Text>
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {(["col.seller", "col.program", "col.level", "col.number", "col.claimed", "col.actions"] as const).map((k) => <Table.HeaderCell key={k}>{tt(k)}</Table.HeaderCell>)}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {awards.map((a) => (
          <Table.Row key={a.id}>
            <Table.Cell>{a.seller.name ?? a.seller.id}</Table.Cell>
            <Table.Cell>{copy.label("trainingProgram", a.program?.kind)} · {a.program?.name} ({a.program?.organiser})</Table.Cell>
            <Table.Cell>{levelLabel(a.level)}</Table.Cell>
            <Table.Cell>{a.certificate_number ?? "—"}</Table.Cell>
            <Table.Cell>{copy.date(a.created_at)}</Table.Cell>
            <Table.Cell>
              <div className="flex gap-2">
                {a.has_evidence && <Button size="small" variant="transparent" onClick={() => openEvidence(a.id).catch((e) => toast.error(errorText(e)))}>{tt("evidence")}</Button>}
                <Button size="small" variant="secondary" isLoading={decide.isPending} onClick={() => decide.mutate({ id: a.id, action: "verify" })}>{tt("verify")}</Button>
                <Button size="small" variant="danger" isLoading={decide.isPending} onClick={() => {
                  const note = window.prompt(tt("rejectNote"))
                  if (note?.trim()) decide.mutate({ id: a.id, action: "reject", note })
                }}>{tt("reject")}</Button>
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** Programmes with their award counts, and a form to record a new one. */
function Programs() {
  const copy = useCopy()
  const queryClient = useQueryClient()
  const { data } = useQuery({ queryKey: trainingKeys.programs, queryFn: listPrograms })
  const [form, setForm] = useState<Record<string, string>>({ kind: "ppei_export_coaching_program" })
  const create = useMutation({
    mutationFn: () => createProgram(Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== "")), copy.apiLocale),
    onSuccess: () => { toast.success(tt("saved")); setForm({ kind: form.kind }); queryClient.invalidateQueries({ queryKey: trainingKeys.all }) },
    onError: (err) => toast.error(errorText(err)),
  })
  const field = (key: string, label: string, type = "text") => (
    <div className="flex flex-col gap-1">
      <Label size="small">{label}</Label>
      <Input type={type} value={form[key] ?? ""} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </div>
  )
  return (
    <div className="flex flex-col gap-4">
      <Table>
        <Table.Header>
          <Table.Row>
            {(["col.kind", "col.name", "col.organiser", "col.city", "col.dates", "col.awards"] as const).map((k) => <Table.HeaderCell key={k}>{tt(k)}</Table.HeaderCell>)}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.programs ?? []).map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>{copy.label("trainingProgram", p.kind)}</Table.Cell>
              <Table.Cell>{p.name}</Table.Cell>
              <Table.Cell>{p.organiser}</Table.Cell>
              <Table.Cell>{p.city ?? "—"}</Table.Cell>
              <Table.Cell>{copy.date(p.starts_at)}{p.ends_at ? ` – ${copy.date(p.ends_at)}` : ""}</Table.Cell>
              <Table.Cell>{p.awards.verified} / {p.awards.pending} / {p.awards.rejected}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex flex-col gap-3 px-6 pb-4">
        <Heading level="h2">{tt("new.title")}</Heading>
        <div className="grid grid-cols-2 gap-3">
          <div className="flex flex-col gap-1">
            <Label size="small">{tt("col.kind")}</Label>
            <Select value={form.kind} onValueChange={(kind) => setForm({ ...form, kind })}>
              <Select.Trigger><Select.Value /></Select.Trigger>
              <Select.Content>{KINDS.map((k) => <Select.Item key={k} value={k}>{copy.label("trainingProgram", k)}</Select.Item>)}</Select.Content>
            </Select>
          </div>
          {field("name", tt("col.name"))}
          {field("organiser", tt("col.organiser"))}
          {field("city", tt("col.city"))}
          {field("starts_at", tt("new.starts"), "date")}
          {field("ends_at", tt("new.ends"), "date")}
        </div>
        <div><Button isLoading={create.isPending} onClick={() => create.mutate()}>{tt("new.save")}</Button></div>
      </div>
    </div>
  )
}

/** Bulk award from a CSV, with the row-by-row report. */
function Bulk() {
  const copy = useCopy()
  const queryClient = useQueryClient()
  const { data } = useQuery({ queryKey: trainingKeys.programs, queryFn: listPrograms })
  const [programId, setProgramId] = useState("")
  const [csv, setCsv] = useState("seller,level,certificate_number\n")
  const [result, setResult] = useState<{ report: ReportRow[]; summary: { awarded: number; skipped: number; error: number } } | null>(null)
  const run = useMutation({
    mutationFn: () => bulkAward(programId, csv, copy.apiLocale),
    onSuccess: (res) => { setResult(res); queryClient.invalidateQueries({ queryKey: trainingKeys.all }) },
    onError: (err) => toast.error(errorText(err)),
  })
  return (
    <div className="flex flex-col gap-3 px-6 py-4">
      <Text className="text-ui-fg-subtle">{tt("bulk.help")}</Text>
      <div className="flex flex-col gap-1">
        <Label size="small">{tt("bulk.program")}</Label>
        <Select value={programId} onValueChange={setProgramId}>
          <Select.Trigger><Select.Value placeholder={tt("bulk.choose")} /></Select.Trigger>
          <Select.Content>{(data?.programs ?? []).map((p) => <Select.Item key={p.id} value={p.id}>{p.name} ({p.organiser})</Select.Item>)}</Select.Content>
        </Select>
      </div>
      <Label size="small">{tt("bulk.paste")}</Label>
      <Textarea rows={8} value={csv} onChange={(e) => setCsv(e.target.value)} className="font-mono" />
      <input type="file" accept=".csv,text/csv,text/plain" onChange={async (e) => { const f = e.target.files?.[0]; if (f) setCsv(await f.text()) }} />
      <div><Button disabled={!programId} isLoading={run.isPending} onClick={() => run.mutate()}>{tt("bulk.submit")}</Button></div>
      {result && (
        <>
          <Text weight="plus">{tt("bulk.summary", result.summary)}</Text>
          <Table>
            <Table.Header>
              <Table.Row>{(["col.row", "col.seller", "col.status", "col.reason"] as const).map((k) => <Table.HeaderCell key={k}>{tt(k)}</Table.HeaderCell>)}</Table.Row>
            </Table.Header>
            <Table.Body>
              {result.report.map((r) => (
                <Table.Row key={r.row}>
                  <Table.Cell>{r.row}</Table.Cell>
                  <Table.Cell>{r.seller || "—"}</Table.Cell>
                  <Table.Cell><Badge color={r.status === "awarded" ? "green" : r.status === "skipped" ? "orange" : "red"}>{tt(`status.${r.status}`)}</Badge></Table.Cell>
                  <Table.Cell>{r.message ?? "—"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </div>
  )
}

/** Trainings: the claims queue, programmes and bulk awards. */
const TrainingsPage = () => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4"><Heading>{tt("title")}</Heading></div>
    <Tabs defaultValue="claims">
      <Tabs.List className="px-6 py-2">
        <Tabs.Trigger value="claims">{tt("tab.claims")}</Tabs.Trigger>
        <Tabs.Trigger value="programs">{tt("tab.programs")}</Tabs.Trigger>
        <Tabs.Trigger value="bulk">{tt("tab.bulk")}</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="claims"><Claims /></Tabs.Content>
      <Tabs.Content value="programs"><Programs /></Tabs.Content>
      <Tabs.Content value="bulk"><Bulk /></Tabs.Content>
    </Tabs>
  </Container>
)

export const config = defineRouteConfig({ label: "nav.trainings", translationNs: "admin", icon: AcademicCap })

export default TrainingsPage
