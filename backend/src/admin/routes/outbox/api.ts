import { sdk } from "../../lib/sdk"

export type OutboxSummary = { id: string; to: string; subject: string; date: string | null; template: string | null; locale: string | null }
export type OutboxMessage = OutboxSummary & { from: string; text: string; html: string | null }

export const outboxKeys = { all: ["outbox"] as const, one: (id: string) => ["outbox", id] as const }

export const listOutbox = () => sdk.client.fetch<{ dir: string; messages: OutboxSummary[] }>("/admin/outbox")
export const retrieveOutboxMessage = (id: string) => sdk.client.fetch<{ message: OutboxMessage }>(`/admin/outbox/${encodeURIComponent(id)}`)

/** The backend answers 404 `outbox_off` while emails go out through SMTP: there is nothing to list. */
export const isOutboxOff = (err: unknown) => (err as { status?: number } | null)?.status === 404
