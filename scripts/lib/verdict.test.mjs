import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { afterRerun, check, fromEslint, fromPlaywright, fromVitest, judge, missingReport } from "./verdict.mjs";

// The verdict of `npm test` (scripts/test.mjs): a green closing line must mean every suite ran, ran
// enough, failed nothing and needed no retry.

const ok = { exit: 0 };
const vitestJson = (passed, { failed = 0, pending = 0, files = [] } = {}) => ({
  numPassedTests: passed, numFailedTests: failed, numPendingTests: pending, numTodoTests: 0, success: failed === 0 && !files.length,
  testResults: files,
});
const pwTest = (title, status) => ({ title, tests: [{ status, results: [] }] });
const playwrightJson = ({ expected = 0, unexpected = 0, flaky = 0, skipped = 0, errors = [], specs = [] } = {}) => ({
  suites: [{ title: "journey.spec.ts", specs }], errors, stats: { expected, unexpected, flaky, skipped },
});
const floors = { suites: { domain: 70, e2e: 45 }, groups: { "backend integration": { suites: 2, tests: 10 } } };
const green = () => [
  check("build packages", "build", ok),
  ...["packages/domain", "backend"].map((ws) => check(`typecheck ${ws}`, "typecheck", ok)),
  fromVitest("domain", vitestJson(74), ok),
  { ...fromVitest("backend integration a.spec.ts", vitestJson(6), ok), group: "backend integration" },
  { ...fromVitest("backend integration b.spec.ts", vitestJson(5, { pending: 1 }), ok), group: "backend integration" },
  fromPlaywright("e2e", playwrightJson({ expected: 47, specs: [pwTest("buys a cloth", "expected")] }), ok),
];
const replace = (results, suite) => results.map((r) => (r.name === suite.name ? { ...suite, group: r.group } : r));
const reasons = (verdict, name) => verdict.problems.find((p) => p.name === name)?.reasons ?? [];

describe("npm test's verdict", () => {
  it("passes when every suite is green, and keeps typechecks apart from the test counts", () => {
    const verdict = judge(green(), { floors });
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.closing).toBe("✔ PASS · build: ok · typecheck: 2/2 ok · tests: 132 passed, 0 failed, 1 skipped in 4 suites · flaky: 0");
  });

  it("fails when Playwright exits non-zero with 0 passed and 0 failed (a global setup that threw)", () => {
    const json = playwrightJson({ errors: [{ message: "Error: E2E_BACKEND_URL did not answer\n    at globalSetup (global-setup.ts:12)" }] });
    const verdict = judge(replace(green(), fromPlaywright("e2e", json, { exit: 1 })), { floors });
    expect(verdict.ok).toBe(false);
    expect(reasons(verdict, "e2e")).toEqual([
      "exited with code 1",
      "Error: E2E_BACKEND_URL did not answer ⏎ at globalSetup (global-setup.ts:12)",
      "ran no tests (collected none)",
    ]);
    expect(verdict.closing).toMatch(/^✖ FAIL \(1 failing\) · .* · tests: 85 passed, 0 failed/);
  });

  it("fails on a non-zero exit alone, even with a clean report (e.g. a spec file that failed to load)", () => {
    const verdict = judge(replace(green(), fromPlaywright("e2e", playwrightJson({ expected: 47 }), { exit: 1 })), { floors });
    expect(reasons(verdict, "e2e")).toEqual(["exited with code 1"]);
  });

  it("fails a vitest suite whose test file failed to load, although no test failed", () => {
    const broken = { name: "/repo/src/cart.test.tsx", status: "failed", message: "Failed to resolve import \"./model\"", assertionResults: [] };
    const verdict = judge(replace(green(), fromVitest("domain", vitestJson(74, { files: [broken] }), { exit: 1 }, { root: "/repo" })), { floors });
    expect(reasons(verdict, "domain")).toEqual(["exited with code 1", "src/cart.test.tsx: Failed to resolve import \"./model\""]);
  });

  it("fails a suite that collected no tests, and one that wrote no report", () => {
    const verdict = judge(replace(replace(green(), fromVitest("domain", vitestJson(0), ok)), missingReport("e2e", { exit: null, signal: "SIGKILL" })), { floors });
    expect(reasons(verdict, "domain")).toEqual(["ran no tests (collected none)"]);
    expect(reasons(verdict, "e2e")).toEqual(["was killed (SIGKILL)", "wrote no test report", "ran no tests (collected none)"]);
  });

  it("lets an opt-in spec skip all its tests, but skipped tests do not count towards a floor", () => {
    const optIn = { ...fromVitest("backend integration stripe-test-mode.spec.ts", vitestJson(0, { pending: 2 }), ok), group: "backend integration" };
    const withOptIn = [...green(), optIn];
    expect(judge(withOptIn, { floors }).ok).toBe(true);
    expect(judge(withOptIn, { floors }).lines).toContain("✔ backend integration stripe-test-mode.spec.ts: 0 passed, 0 failed, 2 skipped");
    expect(reasons(judge(replace(green(), fromVitest("domain", vitestJson(0, { pending: 74 }), ok)), { floors }), "domain")).toEqual([
      expect.stringMatching(/^ran 0 tests, expected at least 70; /),
    ]);
  });

  it("fails a suite below its floor and says how to lower the floor when tests were removed on purpose", () => {
    const verdict = judge(replace(green(), fromVitest("domain", vitestJson(60), ok)), { floors });
    expect(verdict.ok).toBe(false);
    expect(reasons(verdict, "domain")).toEqual([
      'ran 60 tests, expected at least 70; if tests were removed on purpose, lower "domain" in scripts/lib/expected-counts.json in the same change',
    ]);
  });

  it("fails when a group runs fewer spec files or tests than its floor, or a suite with a floor never ran", () => {
    const fewer = green().filter((r) => r.name !== "backend integration b.spec.ts" && r.name !== "e2e");
    const verdict = judge(fewer, { floors });
    expect(reasons(verdict, "backend integration")).toEqual([
      expect.stringMatching(/^ran 1 spec files, expected at least 2; /),
      expect.stringMatching(/^ran 6 tests, expected at least 10; /),
    ]);
    expect(reasons(verdict, "e2e")).toEqual([expect.stringMatching(/^did not run, expected at least 45; /)]);
  });

  it("reports a test that passed only on a retry as flaky, and fails the run unless flaky results are allowed", () => {
    const json = playwrightJson({ expected: 46, flaky: 1, specs: [pwTest("buys a cloth", "expected"), pwTest("pays by card", "flaky")] });
    const results = replace(green(), fromPlaywright("e2e", json, ok));

    const strict = judge(results, { floors });
    expect(strict.ok).toBe(false);
    expect(reasons(strict, "e2e")).toEqual([expect.stringContaining("1 flaky (passed only on a retry): journey.spec.ts › pays by card; set CANTING_ALLOW_FLAKY=1")]);
    expect(strict.closing).toMatch(/tests: 131 passed, 0 failed, 1 skipped in 4 suites · flaky: 1 \(not allowed\)$/);
    expect(strict.lines).toContain("✖ e2e: 46 passed, 0 failed, 1 flaky");

    const allowed = judge(results, { floors, allowFlaky: true });
    expect(allowed.ok).toBe(true);
    expect(allowed.closing).toMatch(/^✔ PASS · .* · flaky: 1 \(allowed by CANTING_ALLOW_FLAKY\)$/);
    expect(allowed.lines).toContain("⚠ e2e: 46 passed, 0 failed, 1 flaky");
  });

  it("counts a hung spec file that passed on its re-run as flaky, and a hang on both runs as a failure", () => {
    const hung = missingReport("backend integration a.spec.ts", { exit: null, signal: "SIGKILL", timedOut: true, limitMs: 240_000 });
    const rerunGreen = afterRerun(hung, fromVitest("backend integration a.spec.ts", vitestJson(6), ok));
    expect(rerunGreen).toMatchObject({ passed: 0, flaky: 6, failed: 0, errors: [] });
    expect(rerunGreen.flakyTitles).toEqual(["backend integration a.spec.ts (first run was stopped after 240 s without finishing (hung); wrote no test report; passed on the re-run)"]);
    const strict = judge(replace(green(), rerunGreen), { floors });
    expect(strict.ok).toBe(false);
    expect(strict.totals).toMatchObject({ passed: 79 + 47, flaky: 6 });
    expect(judge(replace(green(), rerunGreen), { floors, allowFlaky: true }).ok).toBe(true);

    const hungTwice = afterRerun(hung, hung);
    expect(reasons(judge(replace(green(), hungTwice), { floors }), "backend integration a.spec.ts")).toEqual([
      "first run was stopped after 240 s without finishing (hung); wrote no test report",
      "re-run was stopped after 240 s without finishing (hung)",
      "re-run wrote no test report",
      "ran no tests (collected none)",
    ]);
  });

  it("fails a failed check (typecheck, build) and counts it apart from the tests", () => {
    const results = green().map((r) => (r.name === "typecheck backend" ? check("typecheck backend", "typecheck", { exit: 2 }) : r));
    const verdict = judge(results, { floors });
    expect(reasons(verdict, "typecheck backend")).toEqual(["exited with code 2"]);
    expect(verdict.closing).toBe("✖ FAIL (1 failing) · build: ok · typecheck: 1/2 ok · tests: 132 passed, 0 failed, 1 skipped in 4 suites · flaky: 0");
    expect(verdict.lines).toContain("✖ typecheck backend: failed");
  });

  it("fails on failed tests, and on a vitest error outside the tests", () => {
    const verdict = judge(replace(green(), fromVitest("domain", vitestJson(73, { failed: 1 }), { exit: 1 })), { floors });
    expect(reasons(verdict, "domain")).toEqual(["exited with code 1", "1 test failed"]);
    const unhandled = { ...vitestJson(74), success: false };
    expect(reasons(judge(replace(green(), fromVitest("domain", unhandled, ok)), { floors }), "domain")).toEqual(["vitest reported an error outside the tests"]);
  });

  it("names each failed test and the first line of its error, so a red CI run says what broke", () => {
    const failedFile = {
      name: "/repo/backend/catalog.spec.ts", status: "failed", message: "",
      assertionResults: [
        { status: "passed", fullName: "catalog finds Jlamprang", failureMessages: [] },
        { status: "failed", fullName: "catalog drops an unpublished product", failureMessages: ["AssertionError: expected [ 'a', 'b' ] to deeply equal [ 'a' ]\n    at catalog.spec.ts:159:24"] },
      ],
    };
    const vitest = judge(replace(green(), fromVitest("domain", vitestJson(73, { failed: 1, files: [failedFile] }), { exit: 1 })), { floors });
    expect(reasons(vitest, "domain")).toEqual([
      "exited with code 1",
      "1 test failed: catalog drops an unpublished product (AssertionError: expected [ 'a', 'b' ] to deeply equal [ 'a' ] ⏎ at catalog.spec.ts:159:24)",
    ]);

    const pwFailed = { title: "pays by card", tests: [{ status: "unexpected", results: [{ status: "failed", error: { message: "\u001b[31mTimed out 5000ms\u001b[39m waiting for expect(locator).toBeVisible()" } }] }] };
    const pw = judge(replace(green(), fromPlaywright("e2e", playwrightJson({ expected: 46, unexpected: 1, specs: [pwFailed] }), { exit: 1 })), { floors });
    expect(reasons(pw, "e2e")).toEqual([
      "exited with code 1",
      "1 test failed: journey.spec.ts › pays by card (Timed out 5000ms waiting for expect(locator).toBeVisible())",
    ]);
  });

  it("has a floor for every suite npm test runs", () => {
    const table = JSON.parse(readFileSync(new URL("./expected-counts.json", import.meta.url), "utf8"));
    expect(Object.keys(table.suites).sort()).toEqual(["backend unit", "domain", "e2e", "i18n", "scaled backend", "scripts", "storefront"]);
    expect(table.groups["backend integration"]).toEqual({ suites: expect.any(Number), tests: expect.any(Number) });
    for (const floor of [...Object.values(table.suites), table.groups["backend integration"].suites]) expect(floor).toBeGreaterThan(0);
  });
});

describe("lint in npm test's verdict", () => {
  const file = (filePath, messages) => ({
    filePath, messages,
    errorCount: messages.filter((m) => m.severity === 2).length, warningCount: messages.filter((m) => m.severity === 1).length,
  });
  const anyWarning = { severity: 1, line: 3, column: 9, ruleId: "@typescript-eslint/no-explicit-any", message: "Unexpected any." };
  const unused = { severity: 2, line: 4, column: 10, ruleId: "@typescript-eslint/no-unused-vars", message: "'PDF' is defined but never used." };
  const withLint = (report, run) => [...green(), fromEslint("lint", report, run, { root: "/repo" })];

  it("passes with warnings, counts them, and keeps lint apart from the test counts", () => {
    const verdict = judge(withLint([file("/repo/a.spec.ts", [anyWarning, anyWarning]), file("/repo/b.ts", [])], ok), { floors });
    expect(verdict.ok).toBe(true);
    expect(verdict.lines).toContain("✔ lint: ok, 2 warnings");
    expect(verdict.closing).toBe("✔ PASS · build: ok · typecheck: 2/2 ok · lint: ok, 2 warnings · tests: 132 passed, 0 failed, 1 skipped in 4 suites · flaky: 0");
    expect(judge(withLint([file("/repo/b.ts", [])], ok), { floors }).closing).toContain(" · lint: ok · ");
  });

  it("fails on any error and names where it is, without blaming ESLint's exit code 1 for it", () => {
    const verdict = judge(withLint([file("/repo/a.spec.ts", [unused, anyWarning])], { exit: 1 }), { floors });
    expect(verdict.ok).toBe(false);
    expect(reasons(verdict, "lint")).toEqual(["a.spec.ts:4:10 @typescript-eslint/no-unused-vars: 'PDF' is defined but never used."]);
    expect(verdict.closing).toMatch(/^✖ FAIL \(1 failing\) · build: ok · typecheck: 2\/2 ok · lint: 1 error, 1 warning · tests: /);
  });

  it("fails when ESLint crashed (a broken config exits 2) or wrote no report", () => {
    expect(reasons(judge(withLint([], { exit: 2 }), { floors }), "lint")).toEqual(["exited with code 2"]);
    const missing = judge(withLint(null, { exit: 2 }), { floors });
    expect(reasons(missing, "lint")).toEqual(["exited with code 2", "wrote no lint report"]);
    expect(missing.closing).toContain(" · lint: failed · ");
  });
});
