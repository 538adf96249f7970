import type { SellerStatus } from "@canting/domain"

export type UploadQuota = { files: number; bytes: number }

const MB = 1024 * 1024
const num = (value: string | undefined, fallback: number) => (value && Number(value) >= 0 ? Number(value) : fallback)

/**
 * How many public images (and bytes, counted after re-encoding) a seller may keep. Only an approved
 * workshop gets the full allowance; a draft or one under review gets enough for its profile and
 * first listings. Each limit can be set by env.
 */
export function uploadQuota(status: SellerStatus, env: NodeJS.ProcessEnv = process.env): UploadQuota {
  if (status === "approved") {
    return { files: num(env.CANTING_UPLOAD_QUOTA_FILES, 2000), bytes: num(env.CANTING_UPLOAD_QUOTA_MB, 2048) * MB }
  }
  return { files: num(env.CANTING_UPLOAD_QUOTA_DRAFT_FILES, 30), bytes: num(env.CANTING_UPLOAD_QUOTA_DRAFT_MB, 30) * MB }
}

/** True when `adding` more files of `addingBytes` would take a seller past its quota. */
export function exceedsQuota(quota: UploadQuota, used: { files: number; bytes: number }, adding: number, addingBytes: number): boolean {
  return used.files + adding > quota.files || used.bytes + addingBytes > quota.bytes
}
