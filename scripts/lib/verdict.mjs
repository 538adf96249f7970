// What `npm test` concludes from its suites: pure functions over what each suite reported and how its
// process ended, so that the verdict itself is unit-tested (verdict.test.mjs).
//
// A suite is green only when its process exited 0, it wrote a report without errors, it collected
// tests and ran no fewer than its floor (expected-counts.json), nothing failed, and nothing
// passed only on a retry ("flaky") unless flaky results are explicitly allowed (CANTING_ALLOW_FLAKY=1).
// Typechecks, lint and the package build are checks, reported apart from the test counts.

/**
 * @typedef {{ exit: number | null, signal?: string | null, timedOut?: boolean, limitMs?: number }} Run
 * @typedef {{ name: string, kind: "check", group: string, ok: boolean, errors: string[], summary?: string }} Check
 * @typedef {{ name: string, kind: "tests", group?: string, passed: number, failed: number, skipped: number,
 *   flaky: number, flakyTitles: string[], failedTitles?: string[], errors: string[] }} Suite
 */

const oneLine = (text, max = 300) => {
  const line = String(text ?? "").replace(/\u001b\[[0-9;]*m/g, "").split("\n").map((l) => l.trim()).filter(Boolean).join(" ⏎ ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** Why a process's ending is a failure in itself (empty when it exited 0). */
export function runErrors(run) {
  if (!run) return [];
  if (run.timedOut) return [`was stopped after ${Math.round((run.limitMs ?? 0) / 1000)} s without finishing (hung)`];
  if (run.exit === 0) return [];
  if (run.exit === null || run.exit === undefined) return [`was killed (${run.signal ?? "no exit code"})`];
  return [`exited with code ${run.exit}`];
}

/** A check (build, typecheck): ok only when its process exited 0. */
export function check(name, group, run) {
  const errors = runErrors(run);
  return { name, kind: "check", group, ok: errors.length === 0, errors };
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * ESLint, from its JSON report (`--format json`) and its process's ending: fails on any error (or
 * a crash, exit code 2); warnings are counted in its summary ("ok, 3 warnings") but fail nothing.
 */
export function fromEslint(name, report, run, { root } = {}) {
  if (!Array.isArray(report)) return { name, kind: "check", group: "lint", ok: false, errors: [...runErrors(run), "wrote no lint report"] };
  const errorCount = report.reduce((n, f) => n + (f.errorCount ?? 0), 0);
  const warningCount = report.reduce((n, f) => n + (f.warningCount ?? 0), 0);
  const shown = (file) => (root && String(file).startsWith(`${root}/`) ? String(file).slice(root.length + 1) : file);
  const found = report.flatMap((f) => (f.messages ?? []).filter((m) => m.severity === 2)
    .map((m) => `${shown(f.filePath)}:${m.line ?? 0}:${m.column ?? 0} ${m.ruleId ?? "parse"}: ${oneLine(m.message, 160)}`));
  // ESLint exits 1 when it found errors; any other non-zero ending is a failure of its own.
  const errors = [...(errorCount && run?.exit === 1 ? [] : runErrors(run)), ...found];
  const ok = errors.length === 0;
  const counted = [plural(errorCount, "error"), plural(warningCount, "warning")].join(", ");
  return { name, kind: "check", group: "lint", ok, errors, summary: ok ? (warningCount ? `ok, ${plural(warningCount, "warning")}` : "ok") : counted };
}

/** A failed test's title and the start of its error: what a red run's summary names. */
const failure = (title, message) => (message ? `${title} (${oneLine(message, 200)})` : title);

/** A test suite that produced no report at all (it crashed, hung or could not start). */
export function missingReport(name, run, why = "wrote no test report") {
  return { name, kind: "tests", passed: 0, failed: 0, skipped: 0, flaky: 0, flakyTitles: [], errors: [...runErrors(run), why] };
}

/** A vitest run, from its JSON reporter's output and its process's ending. */
export function fromVitest(name, json, run, { root } = {}) {
  if (!json) return missingReport(name, run);
  const errors = runErrors(run);
  // A file that fails to load (syntax or import error) has no test results, only a message.
  const broken = (json.testResults ?? []).filter((f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"));
  const shown = (file) => (root && String(file).startsWith(`${root}/`) ? String(file).slice(root.length + 1) : file);
  for (const f of broken) errors.push(`${shown(f.name)}: ${oneLine(f.message || "failed outside any test")}`);
  if (json.success === false && !json.numFailedTests && !broken.length && !errors.length) errors.push("vitest reported an error outside the tests");
  const failedTitles = (json.testResults ?? []).flatMap((f) => (f.assertionResults ?? []).filter((a) => a.status === "failed")
    .map((a) => failure(a.fullName ?? a.title, a.failureMessages?.[0])));
  return {
    name, kind: "tests",
    passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
    flaky: 0, flakyTitles: [], failedTitles, errors,
  };
}

/** Every test of a Playwright JSON report with its suite path, e.g. "checkout.spec.ts › pays by card". */
function* playwrightTests(suites, path = []) {
  for (const suite of suites ?? []) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) yield { title: [...here, spec.title].join(" › "), test };
    yield* playwrightTests(suite.suites, here);
  }
}

/**
 * A Playwright run, from its JSON report and its process's ending. Its exit code counts (a global
 * setup that throws leaves 0 passed, 0 failed), as do the report's top-level errors (global setup,
 * a spec file that fails to load). A test that passed only on a retry is flaky, not passed.
 */
export function fromPlaywright(name, json, run) {
  if (!json) return missingReport(name, run);
  const errors = runErrors(run);
  for (const e of json.errors ?? []) errors.push(oneLine(e.message ?? e.value ?? JSON.stringify(e)));
  const flakyTitles = [];
  const failedTitles = [];
  for (const { title, test } of playwrightTests(json.suites)) {
    if (test.status === "flaky") flakyTitles.push(title);
    if (test.status === "unexpected") failedTitles.push(failure(title, test.results?.findLast((r) => r.error)?.error?.message));
  }
  const stats = json.stats ?? {};
  return {
    name, kind: "tests",
    passed: stats.expected ?? 0, failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0,
    flaky: stats.flaky ?? flakyTitles.length, flakyTitles, failedTitles, errors,
  };
}

/**
 * A suite that hung (or crashed) and was run a second time: both runs are reported. The first run's
 * ending stays on record; when the second run is green its tests count as flaky (they did not pass
 * the first time), otherwise the first run's errors stand beside the second's.
 */
export function afterRerun(first, second) {
  const firstRun = `first run ${first.errors.join("; ") || counts(first)}`;
  if (isGreen(second)) {
    return { ...second, passed: 0, flaky: second.flaky + second.passed, flakyTitles: [...second.flakyTitles, `${second.name} (${firstRun}; passed on the re-run)`] };
  }
  return { ...second, errors: [firstRun, ...second.errors.map((e) => `re-run ${e}`)] };
}

const ran = (s) => s.passed + s.failed + s.flaky;
const isGreen = (s) => !s.errors.length && !s.failed && !s.flaky && ran(s) + s.skipped > 0;

/** Floors for one suite or group, and where they live (for the message when one is not met). */
export const FLOORS_FILE = "scripts/lib/expected-counts.json";

/**
 * The verdict over every result.
 * @param {(Check | Suite)[]} results
 * @param {{ floors?: { suites?: Record<string, number>, groups?: Record<string, { suites?: number, tests?: number }> }, allowFlaky?: boolean }} options
 * @returns {{ ok: boolean, problems: { name: string, reasons: string[] }[], totals: object, lines: string[], closing: string }}
 */
export function judge(results, { floors = {}, allowFlaky = false } = {}) {
  const problems = [];
  const problem = (name, reason) => {
    const found = problems.find((p) => p.name === name);
    if (found) found.reasons.push(reason);
    else problems.push({ name, reasons: [reason] });
  };
  const raise = (name, what, floor) =>
    `${what}, expected at least ${floor}; if tests were removed on purpose, lower "${name}" in ${FLOORS_FILE} in the same change`;

  const checks = results.filter((r) => r.kind === "check");
  const suites = results.filter((r) => r.kind === "tests");
  for (const c of checks) for (const e of c.errors) problem(c.name, e);

  for (const s of suites) {
    for (const e of s.errors) problem(s.name, e);
    // The summary is often all that is kept of a CI run: it names what failed and why.
    const titles = (s.failedTitles ?? []).slice(0, 5).join("; ");
    if (s.failed) problem(s.name, `${s.failed} test${s.failed === 1 ? "" : "s"} failed${titles ? `: ${titles}` : ""}`);
    // Collected nothing: a missing glob, a file that did not load, a runner that found no tests. A
    // suite whose tests are all skipped on purpose (an opt-in spec) is not empty; floors count only run tests.
    if (ran(s) + s.skipped === 0) problem(s.name, "ran no tests (collected none)");
    const floor = floors.suites?.[s.name];
    if (floor !== undefined && ran(s) + s.skipped > 0 && ran(s) < floor) problem(s.name, raise(s.name, `ran ${ran(s)} tests`, floor));
    if (s.flaky && !allowFlaky) {
      problem(s.name, `${s.flaky} flaky (passed only on a retry): ${s.flakyTitles.join("; ") || "see the output above"}; set CANTING_ALLOW_FLAKY=1 to accept flaky results`);
    }
  }

  // Floors over a group of suites (one per integration spec file): how many ran, and their tests together.
  for (const [group, floor] of Object.entries(floors.groups ?? {})) {
    const members = suites.filter((s) => s.group === group);
    if (floor.suites !== undefined && members.length < floor.suites) problem(group, raise(group, `ran ${members.length} spec files`, floor.suites));
    const tests = members.reduce((n, s) => n + ran(s), 0);
    if (floor.tests !== undefined && tests < floor.tests) problem(group, raise(group, `ran ${tests} tests`, floor.tests));
  }
  // A floor for a suite that did not run at all (e.g. the run stopped before it).
  for (const [name, floor] of Object.entries(floors.suites ?? {})) {
    if (!suites.some((s) => s.name === name)) problem(name, raise(name, "did not run", floor));
  }

  const sum = (key) => suites.reduce((n, s) => n + s[key], 0);
  const totals = { passed: sum("passed"), failed: sum("failed"), skipped: sum("skipped"), flaky: sum("flaky"), suites: suites.length };
  const failing = new Set(problems.map((p) => p.name));

  const lines = [];
  for (const c of checks) lines.push(`${c.ok ? "✔" : "✖"} ${c.name}: ${checkLine(c)}`);
  for (const s of suites) {
    const mark = failing.has(s.name) ? "✖" : s.flaky ? "⚠" : "✔";
    lines.push(`${mark} ${s.name}: ${counts(s)}`);
  }

  const checkGroups = [...new Set(checks.map((c) => c.group))].map((g) => {
    const members = checks.filter((c) => c.group === g);
    const ok = members.filter((c) => c.ok).length;
    return members.length === 1 ? `${g}: ${checkLine(members[0])}` : `${g}: ${ok}/${members.length} ok`;
  });
  const ok = problems.length === 0;
  const closing = [
    ok ? "✔ PASS" : `✖ FAIL (${problems.length} failing)`,
    ...checkGroups,
    `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped in ${totals.suites} suites`,
    `flaky: ${totals.flaky}${totals.flaky ? (allowFlaky ? " (allowed by CANTING_ALLOW_FLAKY)" : " (not allowed)") : ""}`,
  ].join(" · ");
  return { ok, problems, totals, lines, closing };
}

/** "ok" or "failed" for one check, or its own summary ("ok, 3 warnings", "2 errors, 0 warnings"). */
export function checkLine(c) {
  return c.summary ?? (c.ok ? "ok" : "failed");
}

/** "12 passed, 0 failed, 1 skipped, 2 flaky" for one suite. */
export function counts(s) {
  return `${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ""}${s.flaky ? `, ${s.flaky} flaky` : ""}`;
}
