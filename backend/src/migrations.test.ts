import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

/**
 * Medusa's migrator instantiates the first export of a compiled migration file
 * (`Object.values(module)[0]`). In the built server (CommonJS) exports keep their source order, so a
 * constant exported before the class breaks `medusa db:migrate` in production while the TypeScript
 * sources (whose namespaces sort exports by name) still migrate in development and tests.
 */
const migrationFiles = readdirSync(join(__dirname), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /[\\/]migrations$/.test(e.parentPath) && /^Migration\d+.*\.ts$/.test(e.name))
  .map((e) => join(e.parentPath, e.name))

describe("migration files", () => {
  it("are found", () => {
    expect(migrationFiles.length).toBeGreaterThan(5)
  })

  it.each(migrationFiles.map((f) => [f.slice(__dirname.length + 1), f]))("%s exports its migration class and nothing else", async (_, file) => {
    const mod = await import(file)
    const names = Object.keys(mod).filter((k) => k !== "default" && k !== "__esModule")
    expect(names).toHaveLength(1)
    expect(names[0]).toMatch(/^Migration\d+/)
    expect(typeof mod[names[0]]).toBe("function")
  })
})
