import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { validateDocumentDeletableStep } from "../steps/validate-document-deletable"
import { deleteSellerDocumentStep } from "../steps/delete-seller-document"

/**
 * A seller deletes one of its documents: guard (its own; not under review; not an accepted paper
 * while approved; not evidence of a pending change request) → remove the record → remove the bytes.
 */
export const deleteSellerDocumentWorkflow = createWorkflow(
  "delete-seller-document",
  (input: { seller_id: string; document_id: string }) => {
    const { file_id } = validateDocumentDeletableStep(input)
    const id = deleteSellerDocumentStep({ document_id: input.document_id })
    deleteFilesWorkflow.runAsStep({ input: transform({ file_id }, ({ file_id }) => ({ ids: [file_id] })) })
    return new WorkflowResponse(id)
  }
)
