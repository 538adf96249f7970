import { describe, expect, it } from "vitest"
import { searchModules } from "./infrastructure"

describe("search provider chosen by env", () => {
  it("keeps Medusa's default Search module (Postgres provider) when MEILISEARCH_HOST is unset", () => {
    expect(searchModules({})).toEqual([])
  })

  it("registers the Meilisearch provider as the default, next to Postgres, when MEILISEARCH_HOST is set", () => {
    const [search] = searchModules({ MEILISEARCH_HOST: "http://127.0.0.1:7700", MEILISEARCH_API_KEY: "masterKey" })
    expect(search.resolve).toBe("@medusajs/medusa/search")
    const options = search.options as { providers: any[]; default_provider: string }
    expect(options.default_provider).toBe("meilisearch")
    expect(options.providers.map((p) => p.id)).toEqual(["postgres", "meilisearch"])
    expect(options.providers[1]).toEqual({
      resolve: "./src/modules/meilisearch", id: "meilisearch", options: { host: "http://127.0.0.1:7700", apiKey: "masterKey" },
    })
  })
})
