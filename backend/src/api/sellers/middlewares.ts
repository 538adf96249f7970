import { authenticate, type MiddlewareRoute, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { refuseHostileInput } from "../hostile-input"
import multer from "multer"
import { MAX_UPLOAD_BYTES } from "@canting/domain"
import { validateBody, validateQuery } from "../utils/validate"
import { sendInvalid } from "../utils/errors"
import { uploadErrorCode } from "../utils/uploads"
import { CreateSeller, UpdateSeller } from "./validators"
import { SellerProductBody, SellerProductsExportQuery, SellerProductsQuery, SellerProductUpdate, SellerVariantBody, SellerVariantUpdate } from "./me/products/validators"

export const MAX_DOCUMENT_BYTES = MAX_UPLOAD_BYTES
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } })

const images = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_DOCUMENT_BYTES, files: 12 } })
/** Accepts up to 12 `files` of at most 10 MB each. */
const imageFiles = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  images.array("files", 12)(req, res, (err?: unknown) => {
    if (uploadErrorCode(err) === "LIMIT_FILE_SIZE") return sendInvalid(req, res, [{ field: "files", code: "file_too_large" }])
    if (err) return sendInvalid(req, res, [{ field: "files", code: "invalid" }])
    next()
  })

/** Accepts one `file` field up to 10 MB; a larger file is a 400 naming the field, not a 500. */
const singleFile = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  upload.single("file")(req, res, (err?: unknown) => {
    if (uploadErrorCode(err) === "LIMIT_FILE_SIZE") return sendInvalid(req, res, [{ field: "file", code: "file_too_large" }])
    if (err) return sendInvalid(req, res, [{ field: "file", code: "invalid" }])
    next()
  })

export const sellerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/sellers",
    methods: ["POST"],
    middlewares: [authenticate("seller", ["bearer"], { allowUnregistered: true }), validateBody(CreateSeller)],
  },
  { matcher: "/sellers/me*", middlewares: [authenticate("seller", ["bearer", "session"])] },
  { matcher: "/sellers/me", methods: ["POST"], middlewares: [validateBody(UpdateSeller)] },
  { matcher: "/sellers/me/documents", methods: ["POST"], bodyParser: false, middlewares: [singleFile, refuseHostileInput] },
  { matcher: "/sellers/me/uploads", methods: ["POST"], bodyParser: false, middlewares: [imageFiles, refuseHostileInput] },
  { matcher: "/sellers/me/products", methods: ["GET"], middlewares: [validateQuery(SellerProductsQuery)] },
  { matcher: "/sellers/me/products/export", methods: ["GET"], middlewares: [validateQuery(SellerProductsExportQuery)] },
  { matcher: "/sellers/me/products", methods: ["POST"], middlewares: [validateBody(SellerProductBody)] },
  { matcher: "/sellers/me/products/:id", methods: ["POST"], middlewares: [validateBody(SellerProductUpdate)] },
  { matcher: "/sellers/me/products/:id/variants", methods: ["POST"], middlewares: [validateBody(SellerVariantBody)] },
  { matcher: "/sellers/me/products/:id/variants/:variantId", methods: ["POST"], middlewares: [validateBody(SellerVariantUpdate)] },
]
