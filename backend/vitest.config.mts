import { defineConfig } from "vitest/config"

/** Pure unit tests beside the code (no database). */
export default defineConfig({
  test: { include: ["src/**/*.test.ts"] },
})
