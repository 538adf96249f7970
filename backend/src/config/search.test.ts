import { describe, expect, it } from "vitest"
import { searchModules } from "./infrastructure"

describe("search provider chosen by env", () => {
  it("registers our Postgres provider alone when MEILISEARCH_HOST is unset", () => {
    const [search, ...rest] = searchModules({})
    expect(rest).toEqual([])
    expect(search.resolve).toBe("@medusajs/medusa/search")
    const options = search.options as { providers: Record<string, unknown>[]; default_provider?: string }
    expect(options.providers).toEqual([{ resolve: "./src/search/postgres", id: "postgres" }])
    expect(options.default_provider).toBeUndefined()
  })

  it("registers the Meilisearch provider as the default, next to Postgres, when MEILISEARCH_HOST is set", () => {
    const [search] = searchModules({ MEILISEARCH_HOST: "http://127.0.0.1:7700", MEILISEARCH_API_KEY: "masterKey" })
    expect(search.resolve).toBe("@medusajs/medusa/search")
    const options = search.options as { providers: Record<string, unknown>[]; default_provider: string }
    expect(options.default_provider).toBe("meilisearch")
    expect(options.providers.map((p) => p.id)).toEqual(["postgres", "meilisearch"])
    expect(options.providers[0].resolve).toBe("./src/search/postgres")
    expect(options.providers[1]).toEqual({
      resolve: "./src/search/meilisearch", id: "meilisearch", options: { host: "http://127.0.0.1:7700", apiKey: "masterKey" },
    })
  })
})
