// Redis for the scripts (ioredis from the backend's install, as the backend's own modules use it).
import { join } from "node:path";
import { createRequire } from "node:module";
import { ROOT } from "./util.mjs";

const require = createRequire(join(ROOT, "backend", "package.json"));

/** Empties the one Redis database the URL names (a test's own), failing fast when Redis is not there. */
export async function emptyRedis(url) {
  const Redis = require("ioredis");
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}
