// multer 2 ships no types and @types/multer is not a dependency: the part of its API we use, typed.
declare module "multer" {
  import type { RequestHandler } from "express"

  /** A file held in memory by `memoryStorage()`. */
  export interface File {
    fieldname: string
    originalname: string
    encoding: string
    mimetype: string
    size: number
    buffer: Buffer
  }
  export interface StorageEngine {
    _handleFile(...args: unknown[]): void
    _removeFile(...args: unknown[]): void
  }
  export interface Options {
    storage?: StorageEngine
    limits?: { fieldNameSize?: number; fieldSize?: number; fields?: number; fileSize?: number; files?: number; parts?: number; headerPairs?: number }
  }
  export interface Multer {
    single(fieldName: string): RequestHandler
    array(fieldName: string, maxCount?: number): RequestHandler
  }
  interface MulterFactory {
    (options?: Options): Multer
    memoryStorage(): StorageEngine
  }
  const multer: MulterFactory
  export default multer
}
