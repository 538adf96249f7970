import { randomBytes } from "node:crypto"
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises"
import { join, resolve, sep } from "node:path"
import { simpleParser, type AddressObject } from "mailparser"

/**
 * The demo's outbox: without SMTP_URL every email is one RFC 822 `.eml` file in a folder
 * (EMAIL_OUTBOX_DIR), which any mail client opens and the admin's Outbox page lists.
 * A message's id is its file name without `.eml`: the time it was written (so names sort by age),
 * the template and a random part. Only names of exactly that shape are ever read, so an id from a
 * URL can never name a file elsewhere.
 */
const ID = /^\d{8}T\d{9}Z-[a-z0-9-]{1,80}-[0-9a-f]{8}$/
const FILE = /^(\d{8}T\d{9}Z-[a-z0-9-]{1,80}-[0-9a-f]{8})\.eml$/

/** The header that names the notification template an email was written from. */
export const TEMPLATE_HEADER = "x-canting-template"

export const isOutboxId = (id: unknown): id is string => typeof id === "string" && ID.test(id)

/** A new message id: `20260314T091502123Z-order-placed-1f2e3d4c`. */
export function newOutboxId(template: string, at = new Date()): string {
  const slug = template.toLowerCase().replace(/[^a-z0-9-]+/g, "-").slice(0, 80) || "email"
  return `${at.toISOString().replace(/[-:.]/g, "")}-${slug}-${randomBytes(4).toString("hex")}`
}

/** Writes one rendered message; written under a temporary name first, so a listing never reads half of it. */
export async function writeOutboxMessage(dir: string, id: string, raw: Buffer | string): Promise<string> {
  if (!isOutboxId(id)) throw new Error(`Not an outbox message id: ${id}`)
  await mkdir(dir, { recursive: true })
  const path = join(dir, `${id}.eml`)
  await writeFile(`${path}.tmp`, raw)
  await rename(`${path}.tmp`, path)
  return path
}

export type OutboxSummary = { id: string; to: string; subject: string; date: string | null; template: string | null; locale: string | null }
export type OutboxMessage = OutboxSummary & { from: string; text: string; html: string | null }

const addresses = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a.map((x) => x.text).join(", ") : a?.text ?? "")
const header = (headers: Map<string, unknown>, name: string) => {
  const value = headers.get(name)
  return typeof value === "string" ? value : null
}

async function parse(id: string, raw: Buffer): Promise<OutboxMessage> {
  const mail = await simpleParser(raw)
  return {
    id, to: addresses(mail.to), from: addresses(mail.from), subject: mail.subject ?? "", date: mail.date?.toISOString() ?? null,
    template: header(mail.headers, TEMPLATE_HEADER), locale: header(mail.headers, "content-language"),
    text: mail.text ?? "", html: typeof mail.html === "string" ? mail.html : null,
  }
}

/** The newest `limit` messages, newest first; an outbox not written yet is empty. */
export async function listOutbox(dir: string, limit = 50): Promise<OutboxSummary[]> {
  const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return [] as string[]
    throw e
  })
  const ids = names.map((n) => FILE.exec(n)?.[1]).filter((id): id is string => !!id).sort().reverse().slice(0, limit)
  const messages = await Promise.all(ids.map(async (id) => {
    const { text: _text, html: _html, from: _from, ...summary } = await parse(id, await readFile(join(dir, `${id}.eml`)))
    return summary
  }))
  return messages
}

/** One message with its text and HTML parts; null when `id` is not an outbox id or no such message exists. */
export async function readOutbox(dir: string, id: string): Promise<OutboxMessage | null> {
  if (!isOutboxId(id)) return null
  const root = resolve(dir)
  const path = resolve(root, `${id}.eml`)
  // The pattern already rules out separators and dots; this keeps it true if the pattern ever changes.
  if (!path.startsWith(root + sep)) return null
  const raw = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return null
    throw e
  })
  return raw ? parse(id, raw) : null
}
