// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";
import { fakeCookieJar, withFakeBackend, type FakeBackend } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current }));

const { POST } = await import("./route");

const URL_ = "http://localhost:8000/api/seller/uploads";
let backend: FakeBackend;

/** A multipart upload of one photo, with the Content-Length a browser sends (or `length` instead). */
async function upload({ length }: { length?: string | null } = {}) {
  const fd = new FormData();
  fd.set("locale", "id");
  fd.append("files", new File([new Uint8Array(1024)], "kawung.jpg", { type: "image/jpeg" }));
  const encoded = new Response(fd);
  const body = await encoded.arrayBuffer();
  const headers = new Headers({ "content-type": encoded.headers.get("content-type")! });
  const declared = length === undefined ? String(body.byteLength) : length;
  if (declared !== null) headers.set("content-length", declared);
  const request = new Request(URL_, { method: "POST", body, headers });
  const formData = vi.spyOn(request, "formData");
  return { request: request as unknown as NextRequest, formData };
}

withFakeBackend(jar, (b) => (backend = b));

describe("POST /api/seller/uploads", () => {
  it("refuses a request without a session with 401 before touching the body", async () => {
    const { request, formData } = await upload();
    const response = await POST(request);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, errorKey: "errors.sellerSessionExpired" });
    expect(formData).not.toHaveBeenCalled();
    expect(request.bodyUsed).toBe(false);
    expect(backend.fetch).not.toHaveBeenCalled();
  });

  it("refuses a token the backend does not accept with 401, asking before reading the body", async () => {
    jar.current!.set("canting_seller_token", "expired-token");
    backend.on("GET /sellers/me", { status: 401, body: { message: "Unauthorized" } });
    const { request, formData } = await upload();
    const response = await POST(request);
    expect(response.status).toBe(401);
    expect(backend.calls.map((c) => `${c.method} ${c.path} ${c.headers.authorization}`)).toEqual(["GET /sellers/me Bearer expired-token"]);
    expect(formData).not.toHaveBeenCalled();
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses by Content-Length with 413 (and without one with 411), before the body and the backend", async () => {
    jar.current!.set("canting_seller_token", "session-token");
    const big = await upload({ length: String(200 * 1024 * 1024) });
    const response = await POST(big.request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { images: "errors:file_too_large" } });
    expect(big.request.bodyUsed).toBe(false);

    const unknown = await upload({ length: null });
    expect((await POST(unknown.request)).status).toBe(411);
    expect(unknown.request.bodyUsed).toBe(false);
    expect(backend.fetch).not.toHaveBeenCalled();
  });

  it("checks the session, then forwards the photos with the seller's token", async () => {
    jar.current!.set("canting_seller_token", "session-token");
    backend
      .on("GET /sellers/me", { status: 200, body: { seller: { id: "sel_1" } } })
      .on("POST /sellers/me/uploads", { status: 200, body: { files: [{ url: "http://backend.test/static/kawung.jpg" }] } });
    const { request } = await upload();
    const response = await POST(request);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true, data: { urls: ["http://backend.test/static/kawung.jpg"] } });
    expect(backend.calls.map((c) => `${c.method} ${c.path}`)).toEqual(["GET /sellers/me", "POST /sellers/me/uploads"]);
    expect(backend.calls[1].headers.authorization).toBe("Bearer session-token");
  });
});
