import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { refuseHostileInput } from "../../../hostile-input"
import multer from "multer"
import { sendInvalid } from "../../../utils/errors"
import { uploadErrorCode } from "../../../utils/uploads"

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
export const MAX_EVIDENCE_FILES = 5
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_EVIDENCE_BYTES, files: MAX_EVIDENCE_FILES } })

/** Accepts up to 5 evidence `files` of at most 10 MB each; too large or too many is a 400 naming `files`. */
const evidenceFiles = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  upload.array("files", MAX_EVIDENCE_FILES)(req, res, (err?: unknown) => {
    if (uploadErrorCode(err) === "LIMIT_FILE_SIZE") return sendInvalid(req, res, [{ field: "files", code: "file_too_large" }])
    if (uploadErrorCode(err) === "LIMIT_FILE_COUNT" || uploadErrorCode(err) === "LIMIT_UNEXPECTED_FILE") return sendInvalid(req, res, [{ field: "files", code: "too_many_files" }])
    if (err) return sendInvalid(req, res, [{ field: "files", code: "invalid" }])
    next()
  })

/** Authentication comes from the `/sellers/me*` rule in ../../middlewares.ts. */
export const sellerCertificationMiddlewares: MiddlewareRoute[] = [
  { matcher: "/sellers/me/certifications", methods: ["POST"], bodyParser: false, middlewares: [evidenceFiles, refuseHostileInput] },
]
