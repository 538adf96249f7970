import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/** Sends a private document's bytes with its checked type; never cached by shared caches. */
export async function streamDocument(req: MedusaRequest, res: MedusaResponse, document: { file_id: string; mime_type: string; filename: string }) {
  const stream = await req.scope.resolve(Modules.FILE).getDownloadStream(document.file_id)
  res.setHeader("Content-Type", document.mime_type)
  res.setHeader("Content-Disposition", `inline; filename="${document.filename.replace(/[^\w.-]+/g, "_")}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.on("error", () => {
    if (!res.headersSent) res.status(404).json({ type: "not_found", message: "Document file not found" })
    else res.destroy()
  })
  stream.pipe(res)
}
