// `npm run reset`: drops the demo database so the next `npm start` migrates and seeds anew.
import { checkNode, fail } from "./lib/util.mjs";
checkNode();
const { startEmbedded } = await import("./lib/postgres.mjs");
const { createRequire } = await import("node:module");
const require = createRequire(new URL("../backend/package.json", import.meta.url));
if (process.env.DATABASE_URL) fail("DATABASE_URL is set: reset only touches the embedded database. Drop your own database yourself.");
const pg = await startEmbedded({ port: Number(process.env.CANTING_PG_PORT || 54329) });
const { Client } = require("pg");
const client = new Client({ connectionString: pg.adminUrl });
await client.connect();
await client.query('drop database if exists "canting" with (force)');
await client.end();
await pg.stop();
console.log("Demo database dropped; `npm start` will create it again.");
