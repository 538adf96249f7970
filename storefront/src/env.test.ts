// @vitest-environment node
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("./", import.meta.url));

/** The app's own files: tests and the test harness (`src/test/`, which points the env at fakes) are not read. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join(SRC, "test") ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [relative(SRC, path).split(sep).join("/")] : [];
  });
}

describe("environment", () => {
  it("is read through env.ts only (and the proxy, which runs before any server module and may not import it)", () => {
    const readers = sourceFiles(SRC).filter((file) => /process\.env\b/.test(readFileSync(join(SRC, file), "utf8")));
    expect(readers.sort()).toEqual(["env.ts", "proxy.ts"]);
  });
});
