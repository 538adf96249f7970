import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { env } from "./support/env";
import { findChromium } from "./chromium.mjs"; // shared with scripts/test.mjs

// Make the resolved URLs visible to every worker (and to anything the tests spawn).
process.env.E2E_BASE_URL = env.baseURL;
process.env.E2E_BACKEND_URL = env.backendURL;

/** Playwright's own browsers cannot be downloaded here: use the system Chromium (same lookup as scripts/test.mjs). */
function chromiumPath(): string {
  const found = findChromium();
  if (found) return found;
  throw new Error(
    process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but no file exists there.`
      : "No Chromium found for the e2e tests (looked at /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, " +
          "/usr/bin/google-chrome-stable). Install it with `sudo apt-get install chromium` (Debian/Ubuntu) or point " +
          "CHROMIUM_PATH at a Chromium/Chrome binary.",
  );
}

export default defineConfig({
  testDir: "tests",
  globalSetup: "./support/global-setup.ts",
  outputDir: path.join(__dirname, "test-results"),
  fullyParallel: false,
  workers: 1,
  // Under CI a failed journey runs once more, only to tell a flaky test from a broken one: the JSON
  // report marks it "flaky", and scripts/test.mjs fails the run on it unless CANTING_ALLOW_FLAKY=1.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: env.baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
});
