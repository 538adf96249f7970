import { mkdtempSync, rmSync } from "node:fs"
import { afterAll } from "vitest"
import { tmpdir } from "node:os"
import { join } from "node:path"

// Medusa loads medusa-config.ts and src/** with Node's require(): teach it TypeScript.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("ts-node").register({ transpileOnly: true, swc: true, project: require.resolve("../tsconfig.json") })
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.LOG_LEVEL ??= "error"

// Emails go into a folder of this test file's own: never through a developer's SMTP_URL, never into the demo's outbox.
delete process.env.SMTP_URL
const outbox = mkdtempSync(join(tmpdir(), "canting-outbox-"))
process.env.EMAIL_OUTBOX_DIR = outbox
afterAll(() => rmSync(outbox, { recursive: true, force: true }))
