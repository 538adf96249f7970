import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serviceProcess, startService, stopServices } from "./proc.mjs";

const node = process.execPath;
const until = async (holds, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!holds()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe("services that npm start runs", () => {
  it("starts a service that dies again, and gives up after the allowed restarts, saying so", async () => {
    const lines = [];
    startService("crashy", node, ["-e", "process.exit(3)"], { silent: true, restarts: 2, restartDelayMs: 20, log: (l) => lines.push(l) });
    await until(() => lines.some((l) => l.includes("leaving it stopped")));
    expect(lines).toEqual([
      "[crashy] exited (3); starting it again (1/2)",
      "[crashy] exited (3); starting it again (2/2)",
      expect.stringMatching(/^\[crashy\] exited \(3\) and was restarted 2 times in 10 min; leaving it stopped/),
    ]);
    await stopServices(1000);
  });

  it("keeps a restarted service running once it stays up", async () => {
    const dir = mkdtempSync(join(tmpdir(), "canting-proc-"));
    // Dies on its first start only (a marker file remembers), then stays up.
    const script = `const f=require("fs"),p=${JSON.stringify(join(dir, "started"))};if(!f.existsSync(p)){f.writeFileSync(p,"1");process.exit(1)}setInterval(()=>{},1000)`;
    const lines = [];
    startService("once", node, ["-e", script], { silent: true, restartDelayMs: 20, log: (l) => lines.push(l) });
    const first = serviceProcess("once").pid;
    await until(() => serviceProcess("once") && serviceProcess("once").pid !== first);
    await new Promise((r) => setTimeout(r, 300));
    expect(lines).toEqual(["[once] exited (1); starting it again (1/5)"]);
    expect(readFileSync(join(dir, "started"), "utf8")).toBe("1");
    await stopServices(2000);
    expect(serviceProcess("once")).toBeNull();
  });

  it("stops the front stage before the back one, and does not restart what it stops", async () => {
    const dir = mkdtempSync(join(tmpdir(), "canting-proc-"));
    // Each writes when it receives SIGTERM; the back one takes a moment to finish its work.
    const service = (name, delay) => `process.on("SIGTERM",()=>setTimeout(()=>{require("fs").appendFileSync(${JSON.stringify(join(dir, "order"))},"${name}\\n");process.exit(0)},${delay}));setInterval(()=>{},1000)`;
    const lines = [];
    startService("worker", node, ["-e", service("worker", 0)], { silent: true, stage: 1, log: (l) => lines.push(l) });
    startService("server", node, ["-e", service("server", 300)], { silent: true, stage: 0, log: (l) => lines.push(l) });
    await new Promise((r) => setTimeout(r, 300));
    await stopServices({ 0: 5000, 1: 5000 });
    expect(readFileSync(join(dir, "order"), "utf8")).toBe("server\nworker\n");
    await new Promise((r) => setTimeout(r, 200));
    expect(lines).toEqual([]);
  });
});
