import { describe, expect, it } from "vitest"
import { imageUrl, isImageUrl, relativeFileUrl } from "./file-urls"

describe("stored file URLs", () => {
  it("keeps a local upload as /static/<key>, whatever host and port issued it", () => {
    expect(relativeFileUrl("http://localhost:9000/static/selr_1/17-a-640.webp", {})).toBe("/static/selr_1/17-a-640.webp")
    expect(relativeFileUrl("https://api.canting.test:9123/static/demo/x.webp", {})).toBe("/static/demo/x.webp")
    expect(relativeFileUrl("/static/demo/x.webp", {})).toBe("/static/demo/x.webp")
  })

  it("leaves S3, CDN and other addresses absolute", () => {
    expect(relativeFileUrl("https://bucket.s3.ap-southeast-1.amazonaws.com/selr_1/x.webp", {})).toBe("https://bucket.s3.ap-southeast-1.amazonaws.com/selr_1/x.webp")
    const cdn = { S3_FILE_URL: "https://cdn.canting.test/static" }
    expect(relativeFileUrl("https://cdn.canting.test/static/x.webp", cdn)).toBe("https://cdn.canting.test/static/x.webp")
    expect(relativeFileUrl("http://localhost:9000/static/x.webp?v=1", {})).toBe("http://localhost:9000/static/x.webp?v=1")
  })

  it("accepts http(s) URLs and /static paths as image URLs, nothing that could leave the folder or the host", () => {
    for (const ok of ["https://cdn.test/x.webp", "/static/selr_1/17-a-640.webp"]) expect(isImageUrl(ok)).toBe(true)
    for (const bad of ["javascript:alert(1)", "//evil.test/static/x.webp", "/static/../secret.webp", "/static/a/./b.webp", "/static/", "/admin/x", "/static/a\\b.webp", "static/x.webp"]) {
      expect(isImageUrl(bad)).toBe(false)
    }
    expect(imageUrl.safeParse("x".repeat(2001)).error?.issues[0].message).toBe("too_long")
  })
})
