import type { MiddlewareRoute } from "@medusajs/framework/http"
import { refuseHostileInput } from "../../../hostile-input"
import multer from "multer"
import { sendInvalid } from "../../../utils/errors"

export const MAX_TRAINING_EVIDENCE_BYTES = 10 * 1024 * 1024
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_TRAINING_EVIDENCE_BYTES, files: 1 } })

/** Accepts one evidence `file` of at most 10 MB; too large or more than one is a 400 naming `file`. */
const evidenceFile = (req: any, res: any, next: any) =>
  upload.single("file")(req, res, (err: any) => {
    if (err?.code === "LIMIT_FILE_SIZE") return sendInvalid(req, res, [{ field: "file", code: "file_too_large" }])
    if (err) return sendInvalid(req, res, [{ field: "file", code: "invalid" }])
    next()
  })

/** Authentication comes from the `/sellers/me*` rule in ../../middlewares.ts. */
export const sellerTrainingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/sellers/me/trainings", methods: ["POST"], bodyParser: false, middlewares: [evidenceFile, refuseHostileInput] },
]
