import type { Logger } from "@medusajs/framework/types"
import { isUnreachable } from "./_outage"

/** The most documents held for Meilisearch during one outage; past it, a reindex brings it up to date. */
export const MAX_HELD_DOCUMENTS = 10_000

type HeldWrite<C> = { documents: number; send: (client: C) => Promise<unknown> }

/**
 * Index writes Meilisearch could not take during an outage, in the order they were made. The
 * PostgreSQL mirror already has each of them, so the event that caused one is acknowledged; they
 * are sent to Meilisearch, in order, before it answers queries again. They live in this process's
 * memory: a restart during an outage, or more than `max` documents, loses them, and the log says
 * to run `npm run reindex` once Meilisearch is back.
 */
export class HeldWrites<C> {
  private writes: HeldWrite<C>[] = []
  private documents = 0
  private lost = false

  constructor(private readonly logger?: Logger, private readonly max = MAX_HELD_DOCUMENTS) {}

  get size(): number {
    return this.writes.length
  }

  hold(documents: number, send: (client: C) => Promise<unknown>): void {
    if (this.lost) return
    if (this.documents + documents > this.max) {
      this.writes = []
      this.documents = 0
      this.lost = true
      this.logger?.warn(`[search] More than ${this.max} documents were written while Meilisearch was away: they are no longer held; run \`npm run reindex\` once it is back`)
      return
    }
    this.writes.push({ documents, send })
    this.documents += documents
  }

  /**
   * Sends every held write in order, then calls `done` at once (nothing can be held in between).
   * Stops, keeping the rest, when Meilisearch is away again; a write Meilisearch refuses is dropped
   * with a warning, as it would have failed when it was made.
   */
  async replay(client: C, done: (note?: string) => void): Promise<void> {
    let sent = 0
    while (this.writes.length) {
      const next = this.writes[0]
      try {
        await next.send(client)
        sent++
      } catch (e) {
        if (isUnreachable(e)) throw e
        this.logger?.warn(`[search] Meilisearch refused a write held during its outage: ${(e as Error).message}`)
      }
      if (this.writes[0] === next) {
        this.writes.shift()
        this.documents -= next.documents
      }
    }
    const lost = this.lost
    this.lost = false
    if (lost) this.logger?.warn("[search] Meilisearch is back but missed writes while away: run `npm run reindex` to bring it up to date")
    done(sent ? `${sent} held write(s) sent` : undefined)
  }
}
