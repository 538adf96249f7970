/**
 * Strings no route of ours has a use for, refused before they reach a query: NUL bytes (PostgreSQL
 * text cannot hold them, so they end as a 500), lone UTF-16 surrogates (not text in any encoding)
 * and values longer than any field we keep. Checked in one pass, with no pattern that can backtrack.
 */

/** Ids, handles and codes are short; free text (stories, descriptions) is long but bounded. */
export const MAX_ID_LENGTH = 128
export const MAX_TEXT_LENGTH = 20_000
const MAX_DEPTH = 12

export type HostileString = { field: string; code: "text_invalid_characters" | "text_too_long"; params?: { max: number } }

const isIdField = (field: string) => /(^|\.)(id|ids|[a-z0-9]+_id|[a-z0-9]+_ids|handle)(\.\d+)?$/.test(field)

/** Whether a UTF-16 surrogate stands without its partner (one linear pass). */
export function hasLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 0xd800 || c > 0xdfff) continue
    if (c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++
        continue
      }
    }
    return true
  }
  return false
}

/** The problem with one string value, if any. */
export function stringProblem(field: string, value: string): HostileString | undefined {
  if (value.includes("\u0000") || hasLoneSurrogate(value)) return { field, code: "text_invalid_characters" }
  const max = isIdField(field) ? MAX_ID_LENGTH : MAX_TEXT_LENGTH
  if (value.length > max) return { field, code: "text_too_long", params: { max } }
  return undefined
}

/** Every hostile string in a parsed body or query, named by its path (`items.0.variant_id`); keys are checked too. */
export function findHostileStrings(value: unknown, path = "", depth = 0, out: HostileString[] = []): HostileString[] {
  if (out.length >= 10 || depth > MAX_DEPTH) return out
  if (typeof value === "string") {
    const problem = stringProblem(path || "body", value)
    if (problem) out.push(problem)
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findHostileStrings(v, path ? `${path}.${i}` : String(i), depth + 1, out))
  } else if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    for (const [key, v] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key
      const keyProblem = stringProblem(field, key)
      if (keyProblem) out.push({ ...keyProblem, field: path || "body" })
      else findHostileStrings(v, field, depth + 1, out)
    }
  }
  return out
}
