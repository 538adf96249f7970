import { describe, expect, it } from "vitest"
import { mkdtempSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { resolveSecrets } from "./secrets"

// scripts/lib/secrets.mjs is what `npm start` runs before it starts the backend.
const load = async () => (await import(pathToFileURL(resolve(__dirname, "../../../scripts/lib/secrets.mjs")).href)) as {
  backendSecrets: (file: string) => { JWT_SECRET: string; COOKIE_SECRET: string }
}

describe("npm start's secrets file", () => {
  it("is created on first use, readable by its owner only, reused afterwards, and acceptable to production", async () => {
    const { backendSecrets } = await load()
    const saved = { jwt: process.env.JWT_SECRET, cookie: process.env.COOKIE_SECRET }
    delete process.env.JWT_SECRET
    delete process.env.COOKIE_SECRET
    try {
      const file = join(mkdtempSync(join(tmpdir(), "canting-secrets-")), "secrets.json")
      const first = backendSecrets(file)
      expect(statSync(file).mode & 0o777).toBe(0o600)
      expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(first)
      expect(backendSecrets(file)).toEqual(first)
      expect(resolveSecrets({ NODE_ENV: "production", ...first })).toEqual({ jwtSecret: first.JWT_SECRET, cookieSecret: first.COOKIE_SECRET })
    } finally {
      if (saved.jwt !== undefined) process.env.JWT_SECRET = saved.jwt
      if (saved.cookie !== undefined) process.env.COOKIE_SECRET = saved.cookie
    }
  })
})
