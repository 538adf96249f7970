import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import ts from "typescript";
import { ROOT } from "./util.mjs";

// Issue #16, section 4: every import resolves to a dependency declared in that workspace's own
// package.json (the root's count for the root's scripts/, bench/ and eslint.config.mjs only), nothing is declared that
// no code uses (the tools below apart), and the shared packages publish ESM and are used through
// their `exports`, never by a path into them (`@canting/domain/dist/locales`).

/** What the code reads but never imports, per workspace (`@types/*` are always fine). */
const TOOLS = {
  ".": { turbo: "the `turbo` command (npm run build, typecheck)", eslint: "the `eslint` command (npm run lint); eslint.config.mjs imports its plugins" },
  backend: {
    "@medusajs/cli": "the `medusa` command in the scripts",
    "@swc/core": "ts-node's transpiler (`ts-node.swc` in tsconfig.json)",
    "react-dom": "peer of the admin's React packages and of @react-email/render (emails)",
    // Medusa's admin build bundles the admin of every plugin it loads; @medusajs/draft-order's imports
    // react-i18next, so the build fails when the backend cannot resolve it (our own admin never imports it).
    "react-i18next": "imported by @medusajs/draft-order's admin, which Medusa's admin build bundles",
    vite: "vitest's bundler, pinned",
  },
  storefront: { "react-dom": "Next renders with it", "happy-dom": "vitest's environment", vite: "vitest's bundler, pinned" },
  "packages/domain": { vite: "vitest's bundler, pinned" },
  "packages/i18n": { vite: "vitest's bundler, pinned" },
};
/** Output, caches and uploads: nothing in them is source. */
const SKIP = new Set(["node_modules", "dist", ".next", ".medusa", ".turbo", ".data", ".vite", "test-results", "playwright-report", "static", "uploads", "private-uploads"]);
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const posix = (path) => path.split(sep).join("/");

/** The root (its own scripts/, bench/ and ESLint config) and every npm workspace, with the code each answers for. */
function workspaces() {
  const dirs = readJson(join(ROOT, "package.json")).workspaces.flatMap((glob) =>
    glob.endsWith("/*") ? readdirSync(join(ROOT, glob.slice(0, -2))).map((name) => `${glob.slice(0, -2)}/${name}`) : [glob]);
  return [
    { dir: ".", code: ["scripts", "bench", "eslint.config.mjs"] },
    ...dirs.filter((dir) => existsSync(join(ROOT, dir, "package.json"))).map((dir) => ({ dir, code: ["."] })),
  ].map((ws) => ({ ...ws, manifest: readJson(join(ROOT, ws.dir, "package.json")), aliases: aliasesOf(ws.dir) }));
}

/** Path aliases from the workspace's tsconfig (`@/*` → `@/`), which name no package. */
function aliasesOf(dir) {
  try {
    return Object.keys(readJson(join(ROOT, dir, "tsconfig.json")).compilerOptions?.paths ?? {}).map((key) => key.replace(/\*$/, ""));
  } catch {
    return [];
  }
}

function sourceFiles(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return SOURCE.test(path) ? [path] : [];
  return readdirSync(path).filter((name) => !SKIP.has(name)).flatMap((name) => sourceFiles(join(path, name)));
}

const KIND = { ".tsx": ts.ScriptKind.TSX, ".jsx": ts.ScriptKind.JSX, ".js": ts.ScriptKind.JS, ".mjs": ts.ScriptKind.JS, ".cjs": ts.ScriptKind.JS };
const MODULE_CALLS = new Set(["require", "require.resolve", "vi.mock", "vi.doMock", "vi.importActual", "vi.importMock"]);

/**
 * Every module a file names, read with TypeScript's parser (so comments and strings that merely
 * look like imports do not count): static, side-effect, type-only and re-exports, `import()` and
 * `import("x")` types, `import x = require`, `require`, `require.resolve`, `vi.mock` and
 * `/// <reference types>`. `viaBackend` marks the `require` calls of a file whose `require` is made by
 * createRequire at the backend's package.json (the root's scripts reuse the backend's pg that way).
 */
export function modulesOf(source, fileName = "file.ts") {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, KIND[fileName.slice(fileName.lastIndexOf("."))] ?? ts.ScriptKind.TS);
  const found = [];
  let backendRequire = false;
  const add = (node, call) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ specifier: node.text, call });
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression.kind === ts.SyntaxKind.ImportKeyword ? "import" : node.expression.getText(file);
      if (callee === "import" || MODULE_CALLS.has(callee)) add(node.arguments[0], callee);
      if (callee === "createRequire" && /\bbackend\b/i.test(node.arguments[0]?.getText(file) ?? "")) backendRequire = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [
    ...found.map(({ specifier, call }) => ({ specifier, viaBackend: backendRequire && call === "require" })),
    ...file.typeReferenceDirectives.map((ref) => ({ specifier: ref.fileName, viaBackend: false })),
  ];
}

/** The package a bare specifier names (`@medusajs/ui/foo` → `@medusajs/ui`), or null for files, built-ins and aliases. */
export function packageOf(specifier, aliases = []) {
  const spec = specifier.replace(/[?#].*$/, "");
  if (/^(?:\.|\/|[a-z]+:)/i.test(spec) || aliases.some((alias) => spec.startsWith(alias))) return null;
  const parts = spec.split("/");
  const name = spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  return builtinModules.includes(name) ? null : name;
}

function declaredIn(manifest) {
  return new Set(["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"].flatMap((field) => Object.keys(manifest[field] ?? {})));
}

/** Each file's specifiers, under the workspace whose manifest must declare them. */
function imports() {
  const all = workspaces();
  const backend = all.find((ws) => ws.dir === "backend");
  return all.flatMap((ws) => ws.code.flatMap((code) => sourceFiles(join(ROOT, ws.dir, code))).flatMap((file) =>
    modulesOf(readFileSync(file, "utf8"), file).map(({ specifier, viaBackend }) => ({ ws: viaBackend ? backend : ws, file: posix(relative(ROOT, file)), specifier }))));
}

function undeclared() {
  return imports().flatMap(({ ws, file, specifier }) => {
    const name = packageOf(specifier, ws.aliases);
    if (!name || name === ws.manifest.name) return [];
    const declared = declaredIn(ws.manifest);
    return declared.has(name) || declared.has(`@types/${name.replace(/^@([^/]+)\//, "$1__")}`) ? [] : [`${file} → ${specifier} (${name} is not in ${ws.dir}/package.json)`];
  });
}

function unused() {
  const used = new Map();
  for (const { ws, specifier } of imports()) {
    const name = packageOf(specifier, ws.aliases);
    if (name) used.set(ws.dir, (used.get(ws.dir) ?? new Set()).add(name));
  }
  return workspaces().flatMap((ws) => [...declaredIn(ws.manifest)]
    .filter((name) => !name.startsWith("@types/") && !used.get(ws.dir)?.has(name) && !TOOLS[ws.dir]?.[name])
    .map((name) => `${ws.dir}/package.json declares ${name}, which nothing in it imports`));
}

/** The `exports` keys of a shared package match `subpath` (`./locales`, `./locales/*.json`). */
function exported(exportsMap, subpath) {
  return Object.keys(exportsMap ?? {}).some((key) => {
    if (!key.includes("*")) return key === subpath;
    const [head, tail] = key.split("*");
    return subpath.startsWith(head) && subpath.endsWith(tail) && subpath.length >= head.length + tail.length;
  });
}

function sharedPackages() {
  return readdirSync(join(ROOT, "packages")).filter((name) => existsSync(join(ROOT, "packages", name, "package.json")))
    .map((name) => ({ dir: `packages/${name}`, manifest: readJson(join(ROOT, "packages", name, "package.json")) }));
}

function deepImports() {
  const shared = new Map(sharedPackages().map((p) => [p.manifest.name, p.manifest]));
  return imports().flatMap(({ file, specifier }) => {
    const match = /^(@canting\/[^/]+)(?:\/(.*))?$/.exec(specifier);
    if (!match || !match[2]) return [];
    const [, name, rest] = match;
    if (/^(?:dist|src)(?:\/|$)/.test(rest)) return [`${file} → ${specifier} (a path into the package; import "${name}" or one of its exports)`];
    return exported(shared.get(name)?.exports, `./${rest}`) ? [] : [`${file} → ${specifier} (not in ${name}'s exports)`];
  });
}

/** The version of `name` that Node finds from `dir` (node_modules up the tree). */
function installedVersion(dir, name) {
  for (let at = dir; ; at = join(at, "..")) {
    const manifest = join(at, "node_modules", name, "package.json");
    if (existsSync(manifest)) return readJson(manifest).version;
    if (at === join(at, "..")) return null;
  }
}

describe("declared dependencies (#16, 4)", () => {
  it("reads every kind of import and names its package, and not what only looks like one", () => {
    const source = [
      '/// <reference types="vite/client" />',
      'import { a } from "@medusajs/ui";',
      'import type { B } from "@medusajs/framework/types";',
      'import "./styles.css";',
      'export { c } from "@canting/domain/locales";',
      'const d = await import("stripe");',
      'const { Client } = require("pg");',
      'vi.mock("multer", () => ({}));',
      "import {\n  e,\n} from \"react-router-dom\";",
      '// import { f } from "react-i18next"',
      '/* require("express") */',
      'const text = "import x from \\"left-pad\\"";',
    ].join("\n");
    expect(modulesOf(source).map((m) => m.specifier).sort()).toEqual(["./styles.css", "@canting/domain/locales", "@medusajs/framework/types", "@medusajs/ui", "multer", "pg", "react-router-dom", "stripe", "vite/client"]);
    const script = 'import { join } from "node:path";\nconst require = createRequire(join(ROOT, "backend", "package.json"));\nconst { Client } = require("pg");\ntype T = typeof import("autocannon");';
    expect(modulesOf(script, "bench/x.mjs")).toEqual([
      { specifier: "node:path", viaBackend: false }, { specifier: "pg", viaBackend: true }, { specifier: "autocannon", viaBackend: false },
    ]);
    expect(["@medusajs/framework/types", "next/font/google", "node:fs", "fs/promises", "./model", "@/lib/format", "react-dom/client"].map((s) => packageOf(s, ["@/"])))
      .toEqual(["@medusajs/framework", "next", null, null, null, null, "react-dom"]);
  });

  // Parses every source file of the monorepo: seconds on a busy 2-core machine, past vitest's 5 s default.
  it("every bare import is a dependency of the workspace that imports it", () => {
    expect(undeclared()).toEqual([]);
  }, 60_000);

  it("nothing is declared that no code in the workspace imports, the tools apart", () => {
    expect(unused()).toEqual([]);
  });

  it("the shared packages are imported by name or an exported subpath, never by a path into dist/ or src/", () => {
    expect(deepImports()).toEqual([]);
  });

  it("the shared packages publish ESM through an exports map", () => {
    const problems = sharedPackages().flatMap(({ dir, manifest }) => {
      const root = manifest.exports?.["."];
      return [
        manifest.type === "module" ? null : `${dir}: "type" is not "module"`,
        root?.types && root?.default ? null : `${dir}: exports["."] needs "types" and "default"`,
        ...Object.values(manifest.exports ?? {}).flatMap((target) => (typeof target === "string" ? [target] : Object.values(target)))
          .filter((target) => !/^\.\/(?:dist\/|package\.json$)/.test(target)).map((target) => `${dir}: export target ${target} is outside dist/`),
      ].filter(Boolean);
    });
    expect(problems).toEqual([]);
  });

  it("the backend's stripe is the SDK version Medusa's Stripe provider uses", () => {
    const provider = dirname(createRequire(join(ROOT, "backend", "package.json")).resolve("@medusajs/payment-stripe/package.json"));
    expect(installedVersion(join(ROOT, "backend"), "stripe")).toBe(installedVersion(provider, "stripe"));
    expect(readJson(join(ROOT, "backend", "package.json")).dependencies.stripe).toBe(installedVersion(provider, "stripe"));
  });
});
