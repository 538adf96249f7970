import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { DocumentKind } from "@canting/domain"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"

/** The one page behind every demo paper: it says on its face that it is not a real document. */
const DEMO_PDF = Buffer.from("%PDF-1.4\n% DEMO Canting: contoh, bukan dokumen asli / demo, not a real document\n%%EOF\n")

/**
 * Demo papers for a workshop, stored privately like an upload. `accepted` ones read as reviewed by
 * the seed ("DEMO" note), `pending` ones wait in the operator's queue.
 */
export async function seedDemoDocuments(container: ExecArgs["container"], sellerId: string, kinds: readonly DocumentKind[], state: "accepted" | "pending") {
  const files = container.resolve(Modules.FILE)
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  for (const kind of kinds) {
    const [file] = await files.createFiles([{ filename: `${sellerId}-demo-${kind}.pdf`, mimeType: "application/pdf", content: DEMO_PDF.toString("base64"), access: "private" }])
    await sellers.createSellerDocuments({
      seller_id: sellerId, kind, file_id: file.id, filename: `DEMO-${kind}.pdf`, mime_type: "application/pdf", size: DEMO_PDF.length,
      review_state: state, ...(state === "accepted" ? { review_note: "DEMO", reviewed_by: "seed", reviewed_at: new Date() } : {}),
    })
  }
}
