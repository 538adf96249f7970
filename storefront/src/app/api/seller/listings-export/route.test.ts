// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { fakeCookieJar, withFakeBackend, type FakeBackend } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current }));

const { GET } = await import("./route");

let backend: FakeBackend;
withFakeBackend(jar, (b) => (backend = b));

const CSV = "\uFEFFHandle produk,Status\r\nkain-parang,published\r\n";
const DISPOSITION = 'attachment; filename="canting-listings-bengkel-a-2026-12-08.csv"';
const request = (search = "") => new NextRequest(`http://localhost:8000/api/seller/listings-export${search}`);

/** The backend answering the export with `body`; records what the route asked for. */
function backendAnswers(body: BodyInit, init: ResponseInit) {
  const asked: { url: URL; headers: Headers }[] = [];
  backend.fetch.mockImplementationOnce(async (url: string | URL, options: RequestInit = {}) => {
    asked.push({ url: new URL(String(url)), headers: new Headers(options.headers) });
    return new Response(body, init);
  });
  return asked;
}

describe("GET /api/seller/listings-export", () => {
  it("answers 401 without a session, without asking the backend", async () => {
    const response = await GET(request("?locale=en"));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, errorKey: "errors.sellerSessionExpired" });
    expect(backend.fetch).not.toHaveBeenCalled();
  });

  it("asks with the seller's token, the locale and the list's filters, and streams the file with its headers", async () => {
    jar.current!.set("canting_seller_token", "session-token");
    const asked = backendAnswers(CSV, { status: 200, headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": DISPOSITION } });
    const response = await GET(request("?locale=en&q=parang&status=published&sort=title&page=3"));
    expect(asked).toHaveLength(1);
    expect(asked[0].url.pathname).toBe("/sellers/me/products/export");
    expect(Object.fromEntries(asked[0].url.searchParams)).toEqual({ order: "title", q: "parang", status: "published" });
    expect(asked[0].headers.get("authorization")).toBe("Bearer session-token");
    expect(asked[0].headers.get("x-medusa-locale")).toBe("en-US");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(DISPOSITION);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    // Byte for byte, BOM included (text() would drop it).
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(CSV, "utf8"))).toBe(true);
  });

  it("defaults to Indonesian and the list's default sort, dropping filters the list does not know", async () => {
    jar.current!.set("canting_seller_token", "session-token");
    const asked = backendAnswers(CSV, { status: 200, headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": DISPOSITION } });
    await GET(request("?locale=fr&status=archived"));
    expect(asked[0].headers.get("x-medusa-locale")).toBe("id-ID");
    expect(Object.fromEntries(asked[0].url.searchParams)).toEqual({ order: "-created_at" });
  });

  it("passes on a refused session, and answers 502 when the backend fails", async () => {
    jar.current!.set("canting_seller_token", "expired-token");
    backendAnswers(JSON.stringify({ message: "Unauthorized" }), { status: 401, headers: { "content-type": "application/json" } });
    expect((await GET(request())).status).toBe(401);
    backendAnswers(JSON.stringify({ message: "boom" }), { status: 500, headers: { "content-type": "application/json" } });
    const failed = await GET(request());
    expect(failed.status).toBe(502);
    expect(failed.headers.get("content-disposition")).toBeNull();
  });
});
