/**
 * Progress output of `npm run reindex`: a bar redrawn in place on a terminal, plain lines (one per
 * batch written, never more than one a second) when the output is a file or a CI log. Pure: it
 * writes to the `out` it is given, and time comes from `clock`, so tests drive it step by step.
 */
export type ProgressOut = { write(text: string): unknown; isTTY?: boolean; columns?: number }
export type ProgressSnapshot = { done: number; total: number; batch: number }

const BAR_CELLS = 30

export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** The bar line: `[██████░░░░] 60% 6,000/10,000 documents · batch 60 · 1,234/s · 4.9 s`. */
export function barLine(s: ProgressSnapshot, elapsedMs: number, width = BAR_CELLS): string {
  const ratio = s.total > 0 ? Math.min(1, s.done / s.total) : 0
  const filled = Math.round(ratio * width)
  const rate = elapsedMs > 0 ? Math.round(s.done / (elapsedMs / 1000)) : 0
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ` +
    `${s.done.toLocaleString("en-US")}/${s.total.toLocaleString("en-US")} documents · batch ${s.batch} · ${rate.toLocaleString("en-US")}/s · ${formatSeconds(elapsedMs)}`
}

/** The plain line for logs: `reindex: 6000/10000 documents (60%), batch 60, 4.9 s`. */
export function plainLine(s: ProgressSnapshot, elapsedMs: number): string {
  const pct = s.total > 0 ? Math.floor(Math.min(1, s.done / s.total) * 100) : 0
  return `reindex: ${s.done}/${s.total} documents (${pct}%), batch ${s.batch}, ${formatSeconds(elapsedMs)}`
}

/**
 * Batches as the search module writes them: it flushes every `batchSize` documents and records the
 * running total, so a total of `done` means `ceil(done / batchSize)` batches are written.
 */
export const batchesFor = (done: number, batchSize: number) => (done <= 0 ? 0 : Math.ceil(done / batchSize))

export function createProgress({ out, total, batchSize, clock = Date.now, plainEveryMs = 1000 }: {
  out: ProgressOut; total: number; batchSize: number; clock?: () => number; plainEveryMs?: number
}) {
  const started = clock()
  const tty = !!out.isTTY
  let last: ProgressSnapshot = { done: 0, total, batch: 0 }
  let lastPlainAt = -Infinity
  let lastPlainDone = -1
  let finished = false

  const draw = () => {
    const line = barLine(last, clock() - started)
    const cols = out.columns && out.columns > 20 ? out.columns - 1 : line.length
    out.write(`\r${line.slice(0, cols)}\x1b[K`)
  }

  return {
    /** Reports how many documents are written so far; redraws the bar or prints a line when a batch landed. */
    update(done: number) {
      if (finished) return
      const snapshot = { done, total: Math.max(total, done), batch: batchesFor(done, batchSize) }
      const moved = snapshot.done !== last.done
      last = snapshot
      if (tty) {
        draw()
        return
      }
      const now = clock()
      if (moved && done !== lastPlainDone && now - lastPlainAt >= plainEveryMs) {
        out.write(`${plainLine(last, now - started)}\n`)
        lastPlainAt = now
        lastPlainDone = done
      }
    },
    /** Ends the bar and prints the summary; returns it. */
    finish(documents: number) {
      finished = true
      const ms = clock() - started
      // Done is done: the bar ends full even when a product left the index while it was rebuilt.
      last = { done: documents, total: documents, batch: batchesFor(documents, batchSize) }
      if (tty) out.write(`\r${barLine(last, ms)}\x1b[K\n`)
      else if (lastPlainDone !== documents) out.write(`${plainLine(last, ms)}\n`)
      const summary = { documents, batches: last.batch, seconds: Number((ms / 1000).toFixed(1)) }
      out.write(`Reindexed ${documents} document${documents === 1 ? "" : "s"} in ${summary.batches} batch${summary.batches === 1 ? "" : "es"}, ${formatSeconds(ms)}.\n`)
      return summary
    },
  }
}
