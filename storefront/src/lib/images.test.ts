// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { url: process.env.MEDUSA_BACKEND_URL, key: process.env.MEDUSA_PUBLISHABLE_KEY };

/** lib/images.ts as a server process started with MEDUSA_BACKEND_URL=`backend` sees it (env.ts reads the env once per process). */
async function imagesWithBackend(backend: string) {
  vi.resetModules();
  process.env.MEDUSA_BACKEND_URL = backend;
  process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test";
  return import("./images");
}

afterEach(() => {
  for (const [name, value] of [["MEDUSA_BACKEND_URL", saved.url], ["MEDUSA_PUBLISHABLE_KEY", saved.key]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const variants = [1280, 320, 640].map((width) => ({ url: `/static/kain-${width}.webp`, width, height: width * 1.25 }));

describe("image URLs", () => {
  it("joins a relative /static URL to MEDUSA_BACKEND_URL", async () => {
    const { imageUrl } = await imagesWithBackend("http://localhost:9000");
    expect(imageUrl("/static/kain-640.webp")).toBe("http://localhost:9000/static/kain-640.webp");
  });

  it("follows the backend to another port, so a moved backend (BACKEND_PORT) breaks no image", async () => {
    const { imageUrl, responsiveImage } = await imagesWithBackend("http://localhost:9123/");
    expect(imageUrl("/static/kain-640.webp")).toBe("http://localhost:9123/static/kain-640.webp");
    expect(responsiveImage({ url: "/static/kain.webp", variants }, "100vw")?.srcSet).toBe(
      "http://localhost:9123/static/kain-320.webp 320w, http://localhost:9123/static/kain-640.webp 640w, http://localhost:9123/static/kain-1280.webp 1280w");
  });

  it("keeps a backend mounted under a path", async () => {
    const { imageUrl } = await imagesWithBackend("https://shop.example/medusa");
    expect(imageUrl("/static/a.webp")).toBe("https://shop.example/medusa/static/a.webp");
  });

  it("passes absolute http(s) URLs (S3, older data) through untouched", async () => {
    const { imageUrl } = await imagesWithBackend("http://localhost:9000");
    expect(imageUrl("https://bucket.s3.example/kain-640.webp")).toBe("https://bucket.s3.example/kain-640.webp");
    expect(imageUrl("http://localhost:9000/static/old.jpg")).toBe("http://localhost:9000/static/old.jpg");
  });

  it("refuses what is not an image URL: scripts, data, another host by //, bare paths, nothing", async () => {
    const { imageUrl } = await imagesWithBackend("http://localhost:9000");
    for (const bad of ["javascript:alert(1)", " JavaScript:alert(1)", "data:image/svg+xml,<svg/>", "//evil.example/x.webp",
      "/\\evil.example/x.webp", "static/x.webp", "vbscript:x", "", "   ", null, undefined]) {
      expect(imageUrl(bad), String(bad)).toBeNull();
    }
  });

  it("reads no env for an absolute URL (pages with older data render without a backend configured)", async () => {
    vi.resetModules();
    delete process.env.MEDUSA_PUBLISHABLE_KEY; // getServerEnv() would throw
    const { imageUrl } = await import("./images");
    expect(imageUrl("https://cdn.example/a.webp")).toBe("https://cdn.example/a.webp");
    expect(() => imageUrl("/static/a.webp")).toThrow(/MEDUSA_PUBLISHABLE_KEY/);
  });
});

describe("responsive image props", () => {
  it("offers every variant in srcset with sizes, and the largest as src with its width and height", async () => {
    const { responsiveImage } = await imagesWithBackend("http://localhost:9000");
    expect(responsiveImage({ url: "/static/kain.webp", variants }, "50vw")).toEqual({
      src: "http://localhost:9000/static/kain-1280.webp",
      srcSet: "http://localhost:9000/static/kain-320.webp 320w, http://localhost:9000/static/kain-640.webp 640w, http://localhost:9000/static/kain-1280.webp 1280w",
      sizes: "50vw", width: 1280, height: 1600,
    });
  });

  it("falls back to the plain URL without variants, and to nothing for an unsafe one", async () => {
    const { responsiveImage } = await imagesWithBackend("http://localhost:9000");
    expect(responsiveImage({ url: "/static/old.jpg", variants: [] }, "50vw")).toEqual({ src: "http://localhost:9000/static/old.jpg" });
    expect(responsiveImage({ url: "javascript:alert(1)", variants: [] }, "50vw")).toBeNull();
    // An unsafe variant is dropped, the others still offered.
    const mixed = [{ url: "data:image/webp;base64,AAAA", width: 320, height: 400 }, variants[2]];
    expect(responsiveImage({ url: "/static/kain.webp", variants: mixed }, "50vw")?.srcSet).toBe("http://localhost:9000/static/kain-640.webp 640w");
  });

  it("maps the storefront's /static/<key> to the backend's, refusing keys that climb out", async () => {
    const { staticImageUrl } = await imagesWithBackend("http://localhost:9123");
    expect(staticImageUrl(["seller", "kain 1.webp"])).toBe("http://localhost:9123/static/seller/kain%201.webp");
    for (const bad of [[], [".."], ["a", "..", "b"], ["."], [""]]) expect(staticImageUrl(bad)).toBeNull();
    expect(staticImageUrl(["..%2Fsecret"])).toBe("http://localhost:9123/static/..%252Fsecret");
  });
});
