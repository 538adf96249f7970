import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/**
 * A static look at which client components a route renders and which keys they translate, for
 * island-keys.test.ts (node only, never imported by app code). It follows the imports from a
 * route's page and layouts; a file with "use client", and everything it imports, runs in the browser.
 */

/** `/`-separated paths relative to src/, as the architecture test names files. */
export type SrcPath = string;

/** The keys one file's `t()` calls name: whole keys, and prefixes of template keys (`language.short.`). */
export type UsedKeys = { keys: string[]; prefixes: string[] };

const KEY = /^(?:[a-z][\w-]*:)?[A-Za-z_]\w*(?:\.\w+)+$|^[a-z][\w-]*:\w+$/;

/**
 * The source with its comments blanked out, so a `t("…")` in a doc comment is not taken for a
 * call. Strings, templates and regex literals are stepped over whole (a `"image/*"` is no comment).
 */
export function withoutComments(source: string): string {
  let out = "";
  let i = 0;
  const skipQuoted = (end: string) => {
    const start = i++;
    let inClass = false;
    while (i < source.length && (source[i] !== end || inClass)) {
      if (source[i] === "\\") i++;
      else if (end === "/" && source[i] === "[") inClass = true;
      else if (end === "/" && source[i] === "]") inClass = false;
      else if (end === "/" && source[i] === "\n") break;
      i++;
    }
    out += source.slice(start, ++i);
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === "/" && next === "/") while (i < source.length && source[i] !== "\n") i++;
    else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end < 0 ? source.length : end + 2;
      out += " ";
    } else if (c === '"' || c === "'" || c === "`") skipQuoted(c);
    // A slash after an operator or an opening bracket starts a regex literal, not a division.
    else if (c === "/" && /(?:^|[(,=:[!&|?{};]|\breturn)\s*$/.test(out.slice(-12))) skipQuoted("/");
    else out += source[i++];
  }
  return out;
}

/** Values (not `import type`) a file imports: static, side-effect, dynamic and re-exports. */
export function importsOf(source: string): string[] {
  const pattern = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"'\n]+)["']|\bimport\s*\(\s*["']([^"'\n]+)["']/g;
  return [...withoutComments(source).matchAll(pattern)].flatMap((m) => (m[1] ? [] : [m[2] ?? m[3]]));
}

/** Where an import lands inside src/ (`@/x` or relative), or null for packages, CSS and the like. */
export function resolveImport(srcDir: string, from: SrcPath, specifier: string): SrcPath | null {
  let base: string;
  if (specifier.startsWith("@/")) base = join(srcDir, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(join(srcDir, from)), specifier);
  else return null;
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]
    .find((p) => /\.tsx?$/.test(p) && existsSync(p) && statSync(p).isFile());
  return found ? relative(srcDir, found).split(sep).join("/") : null;
}

const directive = (name: string) => new RegExp(`^\\s*(?:(?:\\/\\/[^\\n]*|\\/\\*[\\s\\S]*?\\*\\/)\\s*)*["']${name}["']`);
const CLIENT = directive("use client");
// A server action module stays on the server even when a client component imports it.
const SERVER = directive("use server");

/** The files of the browser bundle that `entries` (server pages and layouts) reach, sorted. */
export function clientFilesOf(srcDir: string, entries: SrcPath[]): SrcPath[] {
  const client = new Set<SrcPath>();
  const seen = new Set<string>();
  const visit = (file: SrcPath, inClient: boolean) => {
    const source = readFileSync(join(srcDir, file), "utf8");
    if (SERVER.test(source)) return;
    const isClient = inClient || CLIENT.test(source);
    const id = `${file}|${isClient}`;
    if (seen.has(id)) return;
    seen.add(id);
    if (isClient) client.add(file);
    for (const specifier of importsOf(source)) {
      const target = resolveImport(srcDir, file, specifier);
      if (target && !/\.test\.tsx?$/.test(target)) visit(target, isClient);
    }
  };
  entries.forEach((entry) => visit(entry, false));
  return [...client].sort();
}

/** The first argument of each `t(` call, up to its top-level `,` or `)`. */
function firstArguments(source: string): string[] {
  const out: string[] = [];
  for (const match of source.matchAll(/(?<![\w$.])t\(/g)) {
    let depth = 0;
    let quote: string | null = null;
    let i = match.index + match[0].length;
    const start = i;
    for (; i < source.length; i++) {
      const c = source[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === "`") quote = c;
      else if (c === "(" || c === "[" || c === "{") depth++;
      else if (depth > 0 && (c === ")" || c === "]" || c === "}")) depth--;
      else if (c === "," || c === ")") break;
    }
    out.push(source.slice(start, i));
  }
  return out;
}

/**
 * The keys a file's `t()` calls name: every key-like string literal in the first argument (both
 * branches of `t(a ? "x.y" : "x.z")`) and, for a template like `t(\`language.short.${l}\`)`, the
 * prefix before the first `${`. A key held in a variable (`t(state.errorKey)`) is not seen here.
 */
export function keysUsedIn(source: string): UsedKeys {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  for (const arg of firstArguments(withoutComments(source))) {
    for (const m of arg.matchAll(/"([^"\n]*)"|'([^'\n]*)'|`([^`]*)`/g)) {
      const [plain, template] = [m[1] ?? m[2], m[3]];
      if (plain !== undefined && KEY.test(plain)) keys.add(plain);
      if (template === undefined) continue;
      const hole = template.indexOf("${");
      if (hole < 0) {
        if (KEY.test(template)) keys.add(template);
        continue;
      }
      const head = template.slice(0, hole);
      const prefix = head.slice(0, Math.max(head.lastIndexOf("."), head.indexOf(":")) + 1);
      if (prefix) prefixes.add(prefix);
    }
  }
  return { keys: [...keys].sort(), prefixes: [...prefixes].sort() };
}

/** Every page.tsx under `dir` (src-relative), sorted. */
export function pagesUnder(srcDir: string, dir: SrcPath): SrcPath[] {
  return readdirSync(join(srcDir, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(srcDir, path)).isDirectory()) return pagesUnder(srcDir, path);
    return name === "page.tsx" ? [path] : [];
  }).sort();
}
