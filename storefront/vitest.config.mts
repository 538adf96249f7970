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
      // react-i18next imports this CJS shim, which would `require` the root React 18; React 19 has the hook built in.
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: local("./src/test/use-sync-external-store-shim.ts") },
    ],
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
    // Bundle react-i18next through Vite so its `import "react"` gets the deduped React 19.
    server: { deps: { inline: ["react-i18next"] } },
  },
});
