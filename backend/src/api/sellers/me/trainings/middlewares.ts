import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { refuseHostileInput } from "../../../hostile-input"
import multer from "multer"
import { sendInvalid } from "../../../utils/errors"
import { uploadErrorCode } from "../../../utils/uploads"

export const MAX_TRAINING_EVIDENCE_BYTES = 10 * 1024 * 1024
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_TRAINING_EVIDENCE_BYTES, files: 1 } })

/** Accepts one evidence `file` of at most 10 MB; too large or more than one is a 400 naming `file`. */
const evidenceFile = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  upload.single("file")(req, res, (err?: unknown) => {
    if (uploadErrorCode(err) === "LIMIT_FILE_SIZE") return sendInvalid(req, res, [{ field: "file", code: "file_too_large" }])
    if (err) return sendInvalid(req, res, [{ field: "file", code: "invalid" }])
    next()
  })

/** Authentication comes from the `/sellers/me*` rule in ../../middlewares.ts. */
export const sellerTrainingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/sellers/me/trainings", methods: ["POST"], bodyParser: false, middlewares: [evidenceFile, refuseHostileInput] },
]
