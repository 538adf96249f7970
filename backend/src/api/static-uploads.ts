import { extname, resolve, sep } from "node:path"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { publicUploadDir } from "../config/infrastructure"

/** The only types public files are served as, chosen by us from the extension we gave them. */
const TYPES: Record<string, string> = { ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp", ".svg": "image/svg+xml" }
/** Demo photos seeded before they were stored as WebP are SVG: opened on their own they may not run script, load anything or submit forms. */
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

/**
 * Serves public uploads at /static/<key>: images only, each with its image type and
 * `X-Content-Type-Options: nosniff`; any other file (an .html planted before uploads were
 * re-encoded, a path outside the folder) is a 404.
 *
 * Medusa mounts a raw express.static on `<cwd>/static` before every project middleware, and it
 * answers with a type taken from the name. It never sees our files because they live in
 * publicUploadDir() (backend/uploads), not in `<cwd>/static`: it finds nothing and falls through to here.
 */
export function serveStaticUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const root = publicUploadDir()
  let key: string
  try {
    key = decodeURIComponent(req.path.replace(/^\/static\//, ""))
  } catch {
    return notFound(res)
  }
  const file = resolve(root, key)
  const type = TYPES[extname(file).toLowerCase()]
  if (!type || !file.startsWith(root + sep) || key.includes("\0")) return notFound(res)
  res.setHeader("Content-Type", type)
  res.setHeader("X-Content-Type-Options", "nosniff")
  if (type === "image/svg+xml") res.setHeader("Content-Security-Policy", SVG_POLICY)
  res.sendFile(file, { dotfiles: "deny" }, (err?: Error) => {
    if (!err) return
    if (res.headersSent) return next(err)
    res.removeHeader("Content-Security-Policy")
    notFound(res)
  })
}

function notFound(res: MedusaResponse) {
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.status(404).type("text/plain").send("Not Found")
}

/** Mount in api/middlewares.ts. */
export const staticUploadMiddlewares: MiddlewareRoute[] = [
  { matcher: "/static/*", methods: ["GET", "HEAD"], middlewares: [serveStaticUpload] },
]
