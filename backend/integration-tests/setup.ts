import { createRequire } from "node:module"

// Medusa loads medusa-config.ts and src/** with Node's require(): teach it TypeScript.
const require = createRequire(import.meta.url)
require("ts-node").register({ transpileOnly: true, swc: true, project: require.resolve("../tsconfig.json") })
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.LOG_LEVEL ??= "error"
