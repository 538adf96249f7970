import { describe, expect, it } from "vitest";
import { imageVariants, srcSet } from "./images.js";

describe("responsive image variants", () => {
  it("reads valid variants from metadata, smallest first, and drops malformed ones", () => {
    const metadata = { variants: [
      { url: "/static/a-640.webp", width: 640, height: 800 },
      { url: "/static/a-320.webp", width: 320, height: 400 },
      { url: "", width: 100, height: 100 },
      { url: "/static/x.webp", width: -1, height: 5 },
      "nonsense",
    ] };
    expect(imageVariants(metadata).map((v) => v.width)).toEqual([320, 640]);
    expect(imageVariants(null)).toEqual([]);
    expect(imageVariants({ variants: "no" })).toEqual([]);
  });

  it("writes a srcset with width descriptors, resolving each url", () => {
    const variants = [{ url: "/static/a-320.webp", width: 320, height: 400 }, { url: "/static/a-640.webp", width: 640, height: 800 }];
    expect(srcSet(variants, (u) => `http://b:9000${u}`)).toBe("http://b:9000/static/a-320.webp 320w, http://b:9000/static/a-640.webp 640w");
  });
});
