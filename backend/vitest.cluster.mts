import { defineConfig } from "vitest/config"

// The scaled backend suite (integration-tests/cluster/): HTTP only, against the processes scripts/test.mjs
// started. One file at a time, as the calls share one backend.
export default defineConfig({
  test: {
    include: ["integration-tests/cluster/**/*.spec.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
