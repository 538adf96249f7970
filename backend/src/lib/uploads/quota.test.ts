import { describe, expect, it } from "vitest"
import { exceedsQuota, uploadQuota } from "./quota"

describe("upload quota", () => {
  it("gives a seller that is not approved a small allowance and an approved one the full one, each settable by env", () => {
    expect(uploadQuota("draft", {})).toEqual({ files: 30, bytes: 30 * 1024 * 1024 })
    expect(uploadQuota("submitted", {})).toEqual(uploadQuota("draft", {}))
    expect(uploadQuota("approved", {})).toEqual({ files: 2000, bytes: 2048 * 1024 * 1024 })
    expect(uploadQuota("draft", { CANTING_UPLOAD_QUOTA_DRAFT_FILES: "3", CANTING_UPLOAD_QUOTA_DRAFT_MB: "1" })).toEqual({ files: 3, bytes: 1024 * 1024 })
  })

  it("refuses a batch that would pass either limit", () => {
    const quota = { files: 3, bytes: 100 }
    expect(exceedsQuota(quota, { files: 2, bytes: 50 }, 1, 50)).toBe(false)
    expect(exceedsQuota(quota, { files: 2, bytes: 50 }, 2, 10)).toBe(true)
    expect(exceedsQuota(quota, { files: 0, bytes: 50 }, 1, 51)).toBe(true)
  })
})
