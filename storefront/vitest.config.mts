import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

const local = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: "@", replacement: local("./src") },
      // The repo root holds React 18 (for Medusa's admin); the storefront's own React 19 must win everywhere.
      { find: /^react$/, replacement: local("./node_modules/react/index.js") },
      { find: /^react\/(.*)$/, replacement: local("./node_modules/react/$1") },
      { find: /^react-dom$/, replacement: local("./node_modules/react-dom/index.js") },
      { find: /^react-dom\/(.*)$/, replacement: local("./node_modules/react-dom/$1") },
    ],
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
  },
});
