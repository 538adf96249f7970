// @vitest-environment node
import { describe, expect, it, vi } from "vitest";

// The backend moved to another port: previews in the seller portal must follow it.
vi.stubEnv("MEDUSA_BACKEND_URL", "http://localhost:9123");
vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test");

const { GET } = await import("./route");
const get = (key: string[]) => GET(new Request(`http://localhost:8000/static/${key.join("/")}`), { params: Promise.resolve({ key }) });

describe("GET /static/<key> (seller-portal previews of relative upload URLs)", () => {
  it("sends the browser to the picture on the backend MEDUSA_BACKEND_URL names now", async () => {
    const response = await get(["sel_1", "kain-640.webp"]);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:9123/static/sel_1/kain-640.webp");
  });

  it("answers 404 for a key that would climb out of /static", async () => {
    for (const key of [["..", "app", "health"], ["a", ".", "b"]]) {
      const response = await get(key);
      expect(response.status).toBe(404);
      expect(response.headers.get("location")).toBeNull();
    }
  });
});
