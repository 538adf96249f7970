// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";

vi.mock("server-only", () => ({}));
const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag }));

const { POST } = await import("./route");

const SECRET = "r".repeat(48);
const post = (body: unknown, authorization: string | null = `Bearer ${SECRET}`) => {
  const headers = new Headers({ "content-type": "application/json" });
  if (authorization) headers.set("authorization", authorization);
  return POST(new Request("http://localhost:8000/api/revalidate", { method: "POST", headers, body: JSON.stringify(body) }) as unknown as NextRequest);
};

beforeEach(() => {
  revalidateTag.mockClear();
  vi.stubEnv("REVALIDATE_SECRET", SECRET);
});
afterEach(() => vi.unstubAllEnvs());

describe("POST /api/revalidate", () => {
  it("expires each named tag at once for the backend that knows the secret", async () => {
    const response = await post({ tags: ["shop", "regions", "shop"] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revalidated: ["shop", "regions"] });
    expect(revalidateTag.mock.calls).toEqual([["shop", { expire: 0 }], ["regions", { expire: 0 }]]);
  });

  it("refuses a caller without the secret or with another one, and expires nothing", async () => {
    for (const authorization of [null, "Bearer wrong", `Bearer ${SECRET}x`, SECRET]) {
      const response = await post({ tags: ["shop"] }, authorization);
      expect(response.status).toBe(401);
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("answers 400 naming the field for tags it does not know or a body that is not a list", async () => {
    for (const body of [{ tags: ["everything"] }, { tags: [] }, { tags: "shop" }, {}, null]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ field: "tags" });
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("does not exist where no secret is configured (then nothing is cached either)", async () => {
    vi.stubEnv("REVALIDATE_SECRET", "");
    expect((await post({ tags: ["shop"] })).status).toBe(404);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
