import { describe, expect, it } from "vitest"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve, sep } from "node:path"

/**
 * The backend's layers point one way: api → workflows → modules / lib. Nothing below the HTTP
 * layer may import from src/api (errors, body types and helpers it needs live in lib/ or in the
 * workflow that owns them). See ARCHITECTURE.md, "Backend layers".
 */
const SRC = __dirname
const BELOW_API = ["workflows", "modules", "lib", "search", "jobs", "subscribers", "scripts", "links", "providers", "config"]
const BELOW_WORKFLOWS = ["modules", "lib", "search", "links"]

function tsFiles(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return []
  }
  return entries.flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return tsFiles(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

/** Every module specifier of a file: static imports and re-exports, `import()` and `require()`. */
export function specifiers(source: string): string[] {
  const found: string[] = []
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ]
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1])
  return found
}

/** `file → specifier` for each import of `files` that resolves into `dir` (a folder of src, or src itself). */
export function importsInto(dir: string, files: string[]): string[] {
  const target = join(SRC, dir)
  return files.flatMap((file) =>
    specifiers(readFileSync(file, "utf8"))
      .filter((spec) => spec.startsWith("."))
      .filter((spec) => {
        const path = resolve(dirname(file), spec)
        return path === target || path.startsWith(target + sep)
      })
      .map((spec) => `${relative(SRC, file)} → ${spec}`)
  )
}
const under = (dirs: string[]) => dirs.flatMap((dir) => tsFiles(join(SRC, dir)))

describe("backend layers", () => {
  it("finds the imports it is meant to refuse", () => {
    expect(specifiers(`import { a } from "../api/x"\nimport type { B } from '../../api/y'\nexport { c } from "./z"\nconst d = await import("../api/w")\nrequire("./v")`))
      .toEqual(["../api/x", "../../api/y", "./z", "../api/w", "./v"])
  })

  it("nothing below the HTTP layer imports src/api", () => {
    const files = under(BELOW_API)
    expect(files.length).toBeGreaterThan(50)
    expect(importsInto("api", files)).toEqual([])
  })

  it("modules, lib, search and links never import a workflow", () => {
    expect(importsInto("workflows", under(BELOW_WORKFLOWS))).toEqual([])
  })

  it("env.ts, which medusa-config.ts loads, imports nothing from src", () => {
    expect(importsInto("", [join(SRC, "env.ts")])).toEqual([])
  })
})
