import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A loopback stand-in for Meilisearch's HTTP API (no Meilisearch server can be installed here).
 * It records every request and keeps indexes, settings and documents in memory; tasks succeed
 * at once. Searches are answered plausibly, not like the real engine: case-insensitive substring
 * matching on the searchable attributes (widened by the synonyms setting), simple filters
 * (`=`, `!=`, `IN`, `NOT IN`, `<`, `<=`, `>`, `>=` joined by AND), facet counts and stats, sort
 * and offset/limit.
 */
// `body` is the request's JSON as sent; specs (and src/search/meilisearch/_service.test.ts) read into it freely.
export type RecordedRequest = { method: string; path: string; body: any }
type Doc = Record<string, unknown>
type FakeSettings = { searchableAttributes?: string[]; synonyms?: Record<string, string[]> } & Record<string, unknown>
type FakeIndex = { uid: string; primaryKey: string; settings: FakeSettings; docs: Map<string, Doc> }
/** One query of a `/multi-search` request, as far as the fake answers it. */
type SearchQuery = { indexUid: string; q?: string; filter?: string; sort?: string[]; facets?: string[]; offset?: number; limit?: number; attributesToRetrieve?: string[] }

export type MeilisearchFake = {
  url: string
  requests: RecordedRequest[]
  indexes: Map<string, FakeIndex>
  close: () => Promise<void>
  /** Stops listening and drops every connection: requests are refused, as by a server that is down. */
  stop: () => Promise<void>
  /** Keeps accepting connections and requests but answers none, as a server that hangs. */
  hang: () => void
  /** Answers again (after `stop`, listening on the same port). */
  resume: () => Promise<void>
}

const read = (req: IncomingMessage) => new Promise<any>((resolve) => {
  let data = ""
  req.on("data", (c) => (data += c))
  req.on("end", () => {
    try { resolve(data ? JSON.parse(data) : undefined) } catch { resolve(data) }
  })
})

function parseValue(raw: string): unknown {
  const t = raw.trim()
  if (t.startsWith('"')) return JSON.parse(t)
  if (t === "true" || t === "false") return t === "true"
  return Number(t)
}

/** Splits on a keyword at the top level (outside brackets, parentheses and quotes). */
function splitTop(expr: string, word: string): string[] {
  const parts: string[] = []
  let depth = 0, quoted = false, start = 0
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]
    if (c === '"' && expr[i - 1] !== "\\") quoted = !quoted
    if (quoted) continue
    if (c === "(" || c === "[") depth++
    if (c === ")" || c === "]") depth--
    if (depth === 0 && expr.startsWith(` ${word} `, i)) {
      parts.push(expr.slice(start, i))
      start = i + word.length + 2
    }
  }
  parts.push(expr.slice(start))
  return parts.map((p) => p.trim()).filter(Boolean)
}

const values = (doc: Doc, field: string): unknown[] => ([] as unknown[]).concat(doc[field] ?? [])

function matches(doc: Doc, expr: string): boolean {
  const e = expr.trim()
  const ors = splitTop(e, "OR")
  if (ors.length > 1) return ors.some((p) => matches(doc, p))
  const ands = splitTop(e, "AND")
  if (ands.length > 1) return ands.every((p) => matches(doc, p))
  if (e.startsWith("NOT (") && e.endsWith(")")) return !matches(doc, e.slice(5, -1))
  if (e.startsWith("(") && e.endsWith(")")) return matches(doc, e.slice(1, -1))
  let m = /^(\S+) (NOT IN|IN) \[(.*)\]$/.exec(e)
  if (m) {
    const list = m[3].trim() ? splitTop(m[3].replace(/,\s*/g, " , "), ",").map(parseValue) : []
    const hit = values(doc, m[1]).some((v) => list.includes(v))
    return m[2] === "IN" ? hit : !hit
  }
  m = /^(\S+) (IS NULL|IS NOT NULL|EXISTS|NOT EXISTS)$/.exec(e)
  if (m) {
    const present = doc[m[1]] !== undefined && doc[m[1]] !== null
    return m[2] === "IS NOT NULL" || m[2] === "EXISTS" ? present : !present
  }
  m = /^(\S+) (=|!=|>=|<=|>|<) (.+)$/.exec(e)
  if (!m) throw new Error(`fake cannot parse filter: ${e}`)
  const want = parseValue(m[3])
  const got = values(doc, m[1])
  switch (m[2]) {
    case "=": return got.includes(want)
    case "!=": return !got.includes(want)
    case ">=": return got.some((v) => (v as number) >= (want as number))
    case "<=": return got.some((v) => (v as number) <= (want as number))
    case ">": return got.some((v) => (v as number) > (want as number))
    default: return got.some((v) => (v as number) < (want as number))
  }
}

function search(index: FakeIndex, query: SearchQuery) {
  const searchable: string[] = index.settings.searchableAttributes ?? []
  const synonyms: Record<string, string[]> = index.settings.synonyms ?? {}
  const q = String(query.q ?? "").toLowerCase().trim()
  const alternatives = q ? [q, ...(synonyms[q] ?? [])] : []
  let docs = [...index.docs.values()].filter((doc) => {
    if (query.filter && !matches(doc, query.filter)) return false
    if (!q) return true
    const text = searchable.flatMap((f) => values(doc, f)).join(" ").toLowerCase()
    return alternatives.some((a) => text.includes(a))
  })
  for (const rule of [...(query.sort ?? [])].reverse()) {
    const [field, dir] = String(rule).split(":")
    docs = [...docs].sort((a, b) => (((a[field] as number) ?? Infinity) - ((b[field] as number) ?? Infinity)) * (dir === "desc" ? -1 : 1))
  }
  const facetDistribution: Record<string, Record<string, number>> = {}
  const facetStats: Record<string, { min: number; max: number }> = {}
  for (const field of query.facets ?? []) {
    const dist: Record<string, number> = {}
    const nums: number[] = []
    for (const doc of docs) for (const v of values(doc, field)) {
      if (v === null) continue
      dist[String(v)] = (dist[String(v)] ?? 0) + 1
      if (typeof v === "number") nums.push(v)
    }
    facetDistribution[field] = dist
    if (nums.length) facetStats[field] = { min: Math.min(...nums), max: Math.max(...nums) }
  }
  const offset = query.offset ?? 0
  const limit = query.limit ?? 20
  const keep = (doc: Doc) => (query.attributesToRetrieve
    ? Object.fromEntries(Object.entries(doc).filter(([k]) => query.attributesToRetrieve!.includes(k))) : doc)
  return {
    indexUid: index.uid, hits: docs.slice(offset, offset + limit).map(keep), query: query.q ?? "",
    processingTimeMs: 1, limit, offset, estimatedTotalHits: docs.length, facetDistribution, facetStats,
  }
}

export async function startMeilisearchFake(): Promise<MeilisearchFake> {
  const requests: RecordedRequest[] = []
  const indexes = new Map<string, FakeIndex>()
  let taskUid = 0
  const tasks = new Map<number, Record<string, unknown>>()
  const enqueue = (indexUid: string | null, type: string, error?: { code: string; message: string }) => {
    const uid = ++taskUid
    const at = new Date().toISOString()
    tasks.set(uid, { uid, indexUid, type, status: error ? "failed" : "succeeded", error: error ?? null, enqueuedAt: at, startedAt: at, finishedAt: at })
    return { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: at }
  }

  let hung = false
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake")
    const body = await read(req)
    // A hung server: the request is read and never answered (dropped when the fake stops or resumes).
    if (hung) return
    requests.push({ method: req.method ?? "GET", path: url.pathname, body })
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(payload))
    }
    const parts = url.pathname.split("/").filter(Boolean)
    const index = parts[0] === "indexes" && parts[1] ? indexes.get(parts[1]) : undefined
    const missing = () => send(404, { message: `Index \`${parts[1]}\` not found.`, code: "index_not_found", type: "invalid_request", link: "" })

    if (req.method === "POST" && url.pathname === "/indexes") {
      if (indexes.has(body.uid)) return send(202, enqueue(body.uid, "indexCreation", { code: "index_already_exists", message: "exists" }))
      indexes.set(body.uid, { uid: body.uid, primaryKey: body.primaryKey ?? "id", settings: {}, docs: new Map() })
      return send(202, enqueue(body.uid, "indexCreation"))
    }
    if (req.method === "GET" && url.pathname === "/health") return send(200, { status: "available" })
    if (req.method === "GET" && parts[0] === "tasks" && parts[1]) {
      const task = tasks.get(Number(parts[1]))
      return task ? send(200, task) : send(404, { message: "task not found", code: "task_not_found" })
    }
    if (req.method === "GET" && url.pathname === "/stats") {
      return send(200, {
        databaseSize: 0, usedDatabaseSize: 0, lastUpdate: null,
        indexes: Object.fromEntries([...indexes.values()].map((i) => [i.uid, { numberOfDocuments: i.docs.size, isIndexing: false, fieldDistribution: {} }])),
      })
    }
    if (req.method === "POST" && url.pathname === "/multi-search") {
      const results: unknown[] = []
      for (const query of body.queries ?? []) {
        const target = indexes.get(query.indexUid)
        if (!target) return send(404, { message: `Index \`${query.indexUid}\` not found.`, code: "index_not_found", type: "invalid_request", link: "" })
        results.push(search(target, query))
      }
      return send(200, { results })
    }
    if (parts[0] === "indexes" && parts[1]) {
      if (req.method === "DELETE" && parts.length === 2) {
        if (!indexes.delete(parts[1])) return missing()
        return send(202, enqueue(parts[1], "indexDeletion"))
      }
      if (!index) return missing()
      if (req.method === "PATCH" && parts[2] === "settings") {
        index.settings = { ...index.settings, ...body }
        return send(202, enqueue(index.uid, "settingsUpdate"))
      }
      if (parts[2] === "documents") {
        if (req.method === "POST" && parts.length === 3) {
          for (const doc of body) index.docs.set(String(doc[index.primaryKey]), doc)
          return send(202, enqueue(index.uid, "documentAdditionOrUpdate"))
        }
        if (req.method === "POST" && parts[3] === "delete-batch") {
          for (const id of body) index.docs.delete(String(id))
          return send(202, enqueue(index.uid, "documentDeletion"))
        }
        if (req.method === "POST" && parts[3] === "delete") {
          for (const [id, doc] of index.docs) if (matches(doc, body.filter)) index.docs.delete(id)
          return send(202, enqueue(index.uid, "documentDeletion"))
        }
        if (req.method === "DELETE" && parts.length === 3) {
          index.docs.clear()
          return send(202, enqueue(index.uid, "documentDeletion"))
        }
      }
    }
    send(404, { message: `fake has no route for ${req.method} ${url.pathname}`, code: "not_found" })
  })
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  const stop = () => new Promise<void>((resolve) => {
    if (!server.listening) return resolve()
    server.close(() => resolve())
    server.closeAllConnections()
  })
  await listen(0)
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    indexes,
    close: stop,
    stop,
    hang: () => {
      hung = true
    },
    resume: async () => {
      hung = false
      // Requests left hanging are dropped, as a restarted server would.
      server.closeAllConnections()
      if (!server.listening) await listen(port)
    },
  }
}
