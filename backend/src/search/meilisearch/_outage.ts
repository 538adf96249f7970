import type { Logger } from "@medusajs/framework/types"

/**
 * Whether an error means Meilisearch was not there to answer (refused or dropped connection, a
 * request that outlived its timeout, the server failing with a 5xx), as opposed to Meilisearch
 * refusing the request itself, which must reach the caller as it always did.
 */
export function isUnreachable(error: unknown): boolean {
  const e = error as { name?: string; response?: { status?: number } } | null
  if (e?.name === "MeilisearchRequestError" || e?.name === "MeilisearchRequestTimeOutError") return true
  return e?.name === "MeilisearchApiError" && (e.response?.status ?? 0) >= 500
}

const reason = (error: unknown) => {
  const e = error as { message?: string; cause?: { message?: string; cause?: { code?: string } } } | null
  return [e?.message, e?.cause?.message, e?.cause?.cause?.code].filter(Boolean).join(": ") || String(error)
}

export type OutageOptions = {
  host: string
  /** How long nothing is asked of Meilisearch after it failed, before a probe checks it again. */
  retryAfterMs: number
  logger?: Logger
  now?: () => number
}

/**
 * One Meilisearch outage at a time, as the provider's own requests see it (a circuit breaker):
 * the first request that cannot reach Meilisearch opens it, with one warning; while it is open
 * nothing waits on Meilisearch, so a server that hangs costs one timeout, not one per request.
 * Once `retryAfterMs` has passed, the next caller starts a probe in the background (one at a
 * time, never on a shopper's request); the outage ends when a probe succeeds.
 */
export class Outage {
  private since: number | null = null
  private nextProbe = 0
  private probing = false

  constructor(private readonly options: OutageOptions) {}

  get down(): boolean {
    return this.since !== null
  }

  private now(): number {
    return this.options.now?.() ?? Date.now()
  }

  /** Records a failure to reach Meilisearch; warns only when it opens an outage. */
  begin(error: unknown): void {
    this.nextProbe = this.now() + this.options.retryAfterMs
    if (this.since !== null) return
    this.since = this.now()
    this.options.logger?.warn(
      `[search] Meilisearch at ${this.options.host} is unreachable (${reason(error)}): the catalog answers from PostgreSQL ` +
        `and index writes are held until it answers again`,
    )
  }

  /** Ends the outage (called by the probe, at the moment nothing is left to send first). */
  end(note?: string): void {
    if (this.since === null) return
    const seconds = Math.round((this.now() - this.since) / 1000)
    this.since = null
    this.options.logger?.info(`[search] Meilisearch at ${this.options.host} answers again after ${seconds} s${note ? `; ${note}` : ""}`)
  }

  /**
   * During an outage, starts `probe` when one is due. The probe checks Meilisearch, sends it what
   * it must have before it is used again, and calls `end`; it rejects when Meilisearch is still away.
   */
  checkBack(probe: () => Promise<void>): void {
    if (this.since === null || this.probing || this.now() < this.nextProbe) return
    this.probing = true
    probe().catch(() => {
      this.nextProbe = this.now() + this.options.retryAfterMs
    }).finally(() => {
      this.probing = false
    })
  }
}
