import { describe, expect, it } from "vitest";
import { stepPayload } from "./payload";

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe("stepPayload(story)", () => {
  it("sends the story and the chosen logo and banner URLs", () => {
    const { body } = stepPayload("story", form([["story.id", "Sejak 1985."], ["story.en", ""], ["logo_url", "http://x/static/logo.png"], ["banner_url", "http://x/static/b.jpg"]]));
    expect(body).toEqual({ story: { id: "Sejak 1985." }, logo_url: "http://x/static/logo.png", banner_url: "http://x/static/b.jpg" });
  });

  it("clears an image the seller removed (empty hidden input) and leaves out one the form does not have", () => {
    const { body } = stepPayload("story", form([["story.id", ""], ["logo_url", ""]]));
    expect(body).toEqual({ logo_url: null });
  });
});
