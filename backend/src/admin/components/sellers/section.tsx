import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A titled card in the style of the dashboard's detail pages. */
export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {actions}
      </div>
      {children}
    </Container>
  )
}

export interface FieldRow {
  label: string
  value: ReactNode
}

/** Label/value rows; empty values show a dash so gaps in an application are visible. */
export function FieldRows({ rows }: { rows: FieldRow[] }) {
  return (
    <>
      {rows.map((row) => (
        <div key={row.label} className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3">
          <Text size="small" leading="compact" weight="plus">
            {row.label}
          </Text>
          <Text size="small" leading="compact" className="whitespace-pre-line break-words">
            {row.value === null || row.value === undefined || row.value === "" ? "—" : row.value}
          </Text>
        </div>
      ))}
    </>
  )
}
