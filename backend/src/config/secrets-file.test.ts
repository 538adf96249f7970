import { describe, expect, it } from "vitest"
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { resolveSecrets } from "./secrets"

// scripts/lib/secrets.mjs is what `npm start` runs before it starts the backend.
const load = async () => (await import(pathToFileURL(resolve(__dirname, "../../../scripts/lib/secrets.mjs")).href)) as {
  backendSecrets: (file: string) => { JWT_SECRET: string; COOKIE_SECRET: string; REVALIDATE_SECRET: string }
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

  it("adds the storefront's revalidation secret to an older file without changing the secrets logins depend on", async () => {
    const { backendSecrets } = await load()
    const saved = { jwt: process.env.JWT_SECRET, cookie: process.env.COOKIE_SECRET, revalidate: process.env.REVALIDATE_SECRET }
    delete process.env.JWT_SECRET
    delete process.env.COOKIE_SECRET
    delete process.env.REVALIDATE_SECRET
    try {
      const file = join(mkdtempSync(join(tmpdir(), "canting-secrets-")), "secrets.json")
      const older = { JWT_SECRET: "j".repeat(64), COOKIE_SECRET: "c".repeat(64) }
      writeFileSync(file, JSON.stringify(older))
      const now = backendSecrets(file)
      expect(now).toMatchObject(older)
      expect(now.REVALIDATE_SECRET.length).toBeGreaterThanOrEqual(32)
      expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(now)
      expect(backendSecrets(file)).toEqual(now)
    } finally {
      for (const [name, value] of [["JWT_SECRET", saved.jwt], ["COOKIE_SECRET", saved.cookie], ["REVALIDATE_SECRET", saved.revalidate]] as const) {
        if (value !== undefined) process.env[name] = value
      }
    }
  })
})
