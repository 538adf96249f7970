import type { SellerStatus } from "@canting/domain"
import { envVars, type EnvSource } from "../../env"

export type UploadQuota = { files: number; bytes: number }

const MB = 1024 * 1024

/**
 * How many public images (and bytes, counted after re-encoding) a seller may keep. Only an approved
 * workshop gets the full allowance; a draft or one under review gets enough for its profile and
 * first listings. Each limit can be set by env.
 */
export function uploadQuota(status: SellerStatus, source?: EnvSource): UploadQuota {
  const env = envVars(["CANTING_UPLOAD_QUOTA_FILES", "CANTING_UPLOAD_QUOTA_MB", "CANTING_UPLOAD_QUOTA_DRAFT_FILES", "CANTING_UPLOAD_QUOTA_DRAFT_MB"], source)
  if (status === "approved") return { files: env.CANTING_UPLOAD_QUOTA_FILES, bytes: env.CANTING_UPLOAD_QUOTA_MB * MB }
  return { files: env.CANTING_UPLOAD_QUOTA_DRAFT_FILES, bytes: env.CANTING_UPLOAD_QUOTA_DRAFT_MB * MB }
}

/** True when `adding` more files of `addingBytes` would take a seller past its quota. */
export function exceedsQuota(quota: UploadQuota, used: { files: number; bytes: number }, adding: number, addingBytes: number): boolean {
  return used.files + adding > quota.files || used.bytes + addingBytes > quota.bytes
}
