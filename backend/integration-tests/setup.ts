// Medusa loads medusa-config.ts and src/** with Node's require(): teach it TypeScript.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("ts-node").register({ transpileOnly: true, swc: true, project: require.resolve("../tsconfig.json") })
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.LOG_LEVEL ??= "error"
