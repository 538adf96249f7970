import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { findHostileStrings, stringProblem, type HostileString } from "../lib/hostile-input"
import { sendRule } from "./utils/errors"
import { RuleError } from "../lib/errors"

/** Path segments, decoded as the router will decode them; a segment that cannot be decoded is itself hostile. */
function pathProblems(path: string): HostileString[] {
  const out: HostileString[] = []
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      out.push({ field: "path", code: "text_invalid_characters" })
      continue
    }
    const problem = stringProblem("path.id", decoded)
    if (problem) out.push({ ...problem, field: "path" })
  }
  return out
}

/**
 * Refuses NUL bytes, lone surrogates and over-long values in the path, the query and the body of
 * every API request (ours and Medusa's), with a 400 naming each field, before any route reads them.
 * Multipart routes parse their body later (multer): they run this again right after it.
 */
export function refuseHostileInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const problems = [
    ...pathProblems(req.path),
    ...findHostileStrings(req.query ?? {}),
    ...(req.body && typeof req.body === "object" ? findHostileStrings(req.body) : []),
  ]
  if (!problems.length) return next()
  sendRule(req, res, new RuleError(400, problems[0].code, problems.map(({ field, code, params }) => ({ field, code, params }))))
}

export const hostileInputMiddlewares: MiddlewareRoute[] = ["/store", "/sellers", "/admin", "/auth", "/hooks"].map((matcher) => ({
  matcher, middlewares: [refuseHostileInput],
}))
