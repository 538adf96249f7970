import type { File } from "multer"

/** A file a multipart route received, held in memory by multer. */
export type UploadedFile = File

/** What multer adds to a request: `file` after `single()`, `files` after `array()`. */
export type MultipartRequest = { file?: UploadedFile; files?: UploadedFile[] }

/** The code multer puts on a refused upload (`LIMIT_FILE_SIZE`, `LIMIT_FILE_COUNT`, ...), if any. */
export const uploadErrorCode = (err: unknown): string | undefined =>
  err && typeof err === "object" && "code" in err && typeof err.code === "string" ? err.code : undefined
