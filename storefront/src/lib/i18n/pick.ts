import type { Resources } from "@canting/i18n";

/**
 * A key spec names what a client island may translate, in the form its `t()` call uses:
 * `"shop"` (a whole namespace), `"shop:cart"` (a subtree) or `"shop:cart.title"` (one string);
 * a key without a namespace is in `common`, as for `t()`.
 */
export type KeySpec = readonly string[];

type Dict = { [key: string]: string | Dict };

const DEFAULT_NS = "common";
// i18next's plural suffixes: `t("cart.linkLabel", { count })` reads `cart.linkLabel_one` / `_other`.
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
// `$t(ns:key)` inside a string pulls in another string the client translator resolves on its own.
const NESTED = /\$t\(([^)]+)\)/g;

/** `"shop:cart.title"` → `["shop", ["cart", "title"]]`; `"shop"` alone is the whole namespace. */
export function splitKey(key: string, namespaces: readonly string[]): [string, string[]] {
  const colon = key.indexOf(":");
  if (colon > 0) return [key.slice(0, colon), key.slice(colon + 1).split(".").filter(Boolean)];
  return namespaces.includes(key) ? [key, []] : [DEFAULT_NS, key.split(".")];
}

const isDict = (value: unknown): value is Dict => typeof value === "object" && value !== null;

/** Copies `value` into `target` at `path`, merging with what an earlier key already put there. */
function place(target: Dict, path: string[], value: string | Dict) {
  const last = path.length - 1;
  let node = target;
  for (const part of path.slice(0, last)) {
    const next = node[part];
    node = isDict(next) ? next : (node[part] = {});
  }
  const existing = node[path[last]];
  node[path[last]] = isDict(existing) && isDict(value) ? merge(existing, value) : value;
}

/** A deep merge of two resource trees; `b` wins on a clash. */
function merge(a: Dict, b: Dict): Dict {
  const out: Dict = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] = isDict(mine) && isDict(value) ? merge(mine, value) : value;
  }
  return out;
}

/** Two picks of one locale's resources as one (a form segment's strings over the shop islands'). */
export const mergeResources = (a: Partial<Resources>, b: Partial<Resources>): Partial<Resources> =>
  merge(a as unknown as Dict, b as unknown as Dict) as unknown as Partial<Resources>;

/** Every string under a picked value, to follow their `$t(...)` references. */
const stringsOf = (value: string | Dict): string[] => (typeof value === "string" ? [value] : Object.values(value).flatMap(stringsOf));

/**
 * The part of one locale's resources that `keys` name, with each key's plural forms and the
 * strings its `$t(...)` nests. A key the resources lack is left out (the test of the island keys
 * reports it). Reading the full resources at render keeps the subset in step with packages/i18n.
 */
export function pickResources(source: Partial<Resources>, keys: KeySpec): Partial<Resources> {
  const tree = source as unknown as Dict;
  const namespaces = Object.keys(tree);
  const out: Dict = {};
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const [ns, path] = splitKey(key, namespaces);
    const root = tree[ns];
    if (!isDict(root)) return;
    if (path.length === 0) {
      place(out, [ns], root);
      stringsOf(root).forEach(follow);
      return;
    }
    const parent = path.slice(0, -1).reduce<Dict | undefined>((node, part) => (node && isDict(node[part]) ? (node[part] as Dict) : undefined), root);
    if (!parent) return;
    const leaf = path[path.length - 1];
    for (const [name, value] of Object.entries(parent)) {
      if (name !== leaf && PLURAL.exec(name)?.[1] !== leaf) continue;
      place(out, [ns, ...path.slice(0, -1), name], value);
      stringsOf(value).forEach(follow);
    }
  };
  const follow = (text: string) => {
    for (const [, nested] of text.matchAll(NESTED)) visit(nested.trim());
  };
  keys.forEach(visit);
  return out as unknown as Partial<Resources>;
}

/** Whether `key` (as written in a `t()` call) resolves in `picked`, directly or through a plural form. */
export function hasKey(picked: Partial<Resources>, key: string): boolean {
  const tree = picked as unknown as Dict;
  const [ns, path] = splitKey(key, Object.keys(tree).concat(DEFAULT_NS));
  const parent = path.slice(0, -1).reduce<Dict | undefined>((node, part) => (node && isDict(node[part]) ? (node[part] as Dict) : undefined), isDict(tree[ns]) ? tree[ns] : undefined);
  if (!parent || path.length === 0) return false;
  const leaf = path[path.length - 1];
  return Object.entries(parent).some(([name, value]) => typeof value === "string" && (name === leaf || PLURAL.exec(name)?.[1] === leaf));
}

/** Whether every key starting with `prefix` (a dynamic `t(\`language.short.${l}\`)`) has its whole subtree in `picked`. */
export function hasSubtree(picked: Partial<Resources>, full: Partial<Resources>, prefix: string): boolean {
  const at = (tree: Partial<Resources>) => {
    const dict = tree as unknown as Dict;
    const [ns, path] = splitKey(prefix.replace(/\.$/, ""), Object.keys(full));
    return path.reduce<unknown>((node, part) => (isDict(node) ? node[part] : undefined), dict[ns]);
  };
  const want = at(full);
  return want !== undefined && JSON.stringify(at(picked)) === JSON.stringify(want);
}
