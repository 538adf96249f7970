import { defineConfig } from "vitest/config"

// Medusa's test runners expect Jest globals and require() the app's TypeScript with
// Node's own loader: globals on, one forked process, files one after another.
export default defineConfig({
  test: {
    globals: true,
    pool: "forks",
    fileParallelism: false,
    include: ["integration-tests/http/**/*.spec.ts", "src/**/__tests__/**/*.spec.ts"],
    setupFiles: ["./integration-tests/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
