import { afterEach, beforeEach, vi } from "vitest";

type Reply = { status: number; body?: unknown };
type Call = { method: string; path: string; headers: Record<string, string>; body: unknown };

/**
 * A fetch stand-in for the Medusa backend: replies are queued per "METHOD /path" and every call
 * is recorded with its headers and parsed body, so tests can assert on the contract.
 */
export function fakeBackend(base = "http://backend.test") {
  const replies = new Map<string, Reply[]>();
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? "GET";
    const path = url.replace(base, "");
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>));
    const body = typeof init.body === "string" ? JSON.parse(init.body) : init.body;
    calls.push({ method, path, headers, body });
    const queue = replies.get(`${method} ${path}`);
    const reply = queue?.shift();
    if (!reply) throw new Error(`unexpected ${method} ${path}`);
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status, headers: { "content-type": "application/json" },
    });
  });
  return {
    fetch,
    calls,
    on(route: string, ...queue: Reply[]) {
      replies.set(route, [...(replies.get(route) ?? []), ...queue]);
      return this;
    },
  };
}

/** The bits of Next's cookie store the seller session uses. */
export function fakeCookieJar() {
  const values = new Map<string, { value: string; options?: Record<string, unknown> }>();
  return {
    values,
    get: (name: string) => (values.has(name) ? { name, value: values.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => void values.set(name, { value, options }),
    delete: (opts: string | { name: string }) => void values.delete(typeof opts === "string" ? opts : opts.name),
  };
}

export const form = (entries: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const x of [v].flat()) fd.append(k, x);
  return fd;
};

export type FakeBackend = ReturnType<typeof fakeBackend>;

/**
 * Every test of the file talks to a fresh fake backend (`fetch` stubbed, the env pointing at it) and
 * starts with an empty cookie jar; `use` receives each test's backend.
 */
export function withFakeBackend(jar: { current: ReturnType<typeof fakeCookieJar> | null }, use: (backend: FakeBackend) => void) {
  beforeEach(() => {
    process.env.MEDUSA_BACKEND_URL = "http://backend.test";
    process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test";
    jar.current = fakeCookieJar();
    const backend = fakeBackend();
    vi.stubGlobal("fetch", backend.fetch);
    use(backend);
  });
  afterEach(() => vi.unstubAllGlobals());
}
