import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { LineThumb, ShopLine } from "./shop-line";

vi.stubEnv("MEDUSA_BACKEND_URL", "http://localhost:9123");
vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test");

const row = (thumbnail: string | null) => (
  <ul><ShopLine thumbnail={thumbnail} title="Kain Jlamprang" variantTitle={null} testId="line" end="Rp 1" /></ul>
);

describe("a cart or order line's thumbnail", () => {
  it("loads the relative upload URL from the backend, square and lazily", () => {
    render(row("/static/kain-640.webp"));
    const img = screen.getByTestId("line").querySelector("img")!;
    expect(img.getAttribute("src")).toBe("http://localhost:9123/static/kain-640.webp");
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["64", "64"]);
    expect(img.getAttribute("loading")).toBe("lazy");
    expect(img.getAttribute("decoding")).toBe("async");
  });

  it("keeps an older absolute URL and shows the empty square for none or an unsafe one", () => {
    render(<ul><li><LineThumb url="https://cdn.example/old.jpg" /></li></ul>);
    expect(document.querySelector("img")?.getAttribute("src")).toBe("https://cdn.example/old.jpg");
    for (const url of [null, "javascript:alert(1)"]) {
      const { container } = render(row(url));
      expect(container.querySelector("img")).toBeNull();
      expect(container.querySelector("span.cart-line__thumb")).not.toBeNull();
    }
  });
});
