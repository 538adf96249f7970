import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { tulisDetail } from "@/test/fixtures";
import { toProduct } from "@/lib/adapter";
import { ProductDetail } from "./product-detail";

// The photos' URLs are relative, as the local file provider stores them: they are joined to this.
vi.stubEnv("MEDUSA_BACKEND_URL", "http://localhost:9000");
vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test");

const B = "http://localhost:9000/static";
/** A photo as the backend stores it: WebP at 320, 640 and 1280 wide (4:5), listed in metadata.variants. */
const photo = (key: string) => ({ url: `/static/${key}-1280.webp`,
  variants: [320, 640, 1280].map((width) => ({ url: `/static/${key}-${width}.webp`, width, height: width * 1.25 })) });
const srcset = (key: string) => `${B}/${key}-320.webp 320w, ${B}/${key}-640.webp 640w, ${B}/${key}-1280.webp 1280w`;

describe("ProductDetail", () => {
  it("shows the title, technique, maker and facts in Indonesian", () => {
    render(<ProductDetail product={tulisDetail} locale="id" t={createTranslator("id")} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Kain Jlamprang Indigo");
    expect(screen.getByTestId("technique-label").textContent).toBe("Batik tulis");
    expect(screen.getByTestId("seller-link").getAttribute("href")).toBe("/id/sellers/batik-kauman");
    expect(screen.getByTestId("fact-size").textContent).toContain("250 × 115 cm");
    expect(screen.getByTestId("fact-size").textContent).not.toContain("inci");
    expect(screen.getByTestId("fact-fabric").textContent).toContain("Mori primissima");
    expect(screen.getByTestId("demo-notice")).toBeTruthy();
    expect(screen.queryByTestId("imitation-notice")).toBeNull();
  });

  it("adds inches for English shoppers", () => {
    render(<ProductDetail product={tulisDetail} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("fact-size").textContent).toContain("250 × 115 cm (98.4 × 45.3 in)");
  });

  it("explains why a print is not batik", () => {
    const print = { ...tulisDetail, technique: "tiruan_batik_printing" as const,
      facts: { ...tulisDetail.facts, technique: "tiruan_batik_printing" as const } };
    render(<ProductDetail product={print} locale="id" t={createTranslator("id")} />);
    const notice = screen.getByTestId("imitation-notice");
    expect(notice.textContent).toContain("Kain ini bukan batik");
    expect(notice.textContent).toContain("SNI 8184");
  });

  it("shows Indonesian text the seller has not translated yet with lang=id and a note, in English", () => {
    // As /store/products answers for locale=en-US when the seller wrote no English copy.
    const raw = { id: "prod_1", handle: "kain-jlamprang", title: "Kain Jlamprang Indigo", description: "Dilukis tangan.",
      translated: { title: false, subtitle: true, description: false }, metadata: { technique: "batik_tulis" } };
    const product = toProduct(raw)!;
    expect(product.untranslated).toBe(true);
    render(<ProductDetail product={product} locale="en" t={createTranslator("en")} />);
    const title = screen.getByRole("heading", { level: 1 });
    expect(title.textContent).toBe("Kain Jlamprang Indigo");
    expect(title.getAttribute("lang")).toBe("id");
    expect(screen.getByText("Dilukis tangan.").getAttribute("lang")).toBe("id");
    // One note for the page, in the shopper's language.
    expect(screen.getAllByTestId("untranslated-note").map((n) => n.textContent))
      .toEqual(["The seller has not written this in English yet; it is shown in Indonesian."]);
  });

  it("marks only the description when the title is translated and the description is not", () => {
    const product = { ...tulisDetail, title: "Indigo Jlamprang Cloth", translated: { title: true, subtitle: true, description: false } };
    render(<ProductDetail product={product} locale="en" t={createTranslator("en")} />);
    expect(screen.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull();
    expect(screen.getByText("Dilukis tangan.").getAttribute("lang")).toBe("id");
    expect(screen.getAllByTestId("untranslated-note")).toHaveLength(1);
  });

  it("shows no note when the English copy is there", () => {
    const product = toProduct({ id: "prod_1", handle: "h", title: "Indigo Jlamprang Cloth", translated: { title: true, subtitle: true, description: true } })!;
    render(<ProductDetail product={product} locale="en" t={createTranslator("en")} />);
    expect(screen.queryByTestId("untranslated-note")).toBeNull();
    expect(screen.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull();
  });

  it("offers each photo in three widths with sizes and its box size; the cover loads first and eagerly, the rest lazily", () => {
    render(<ProductDetail product={{ ...tulisDetail, images: [photo("a"), photo("b"), photo("c")] }} locale="en" t={createTranslator("en")} />);
    const imgs = screen.getAllByRole("img");
    expect(imgs.map((i) => i.getAttribute("srcset"))).toEqual([srcset("a"), srcset("b"), srcset("c")]);
    for (const img of imgs) {
      expect(img.getAttribute("src")).toMatch(/^http:\/\/localhost:9000\/static\/[abc]-1280\.webp$/);
      expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["1280", "1600"]);
    }
    const [cover, ...rest] = imgs;
    expect(cover.getAttribute("sizes")).toBe("(min-width: 72rem) 35rem, (min-width: 56rem) 50vw, 100vw");
    expect(cover.getAttribute("loading")).toBe("eager");
    expect(cover.getAttribute("fetchpriority")).toBe("high");
    for (const img of rest) {
      expect(img.getAttribute("sizes")).toBe("(min-width: 72rem) 9rem, (min-width: 56rem) 12vw, 25vw");
      expect(img.getAttribute("loading")).toBe("lazy");
      expect(img.getAttribute("decoding")).toBe("async");
      expect(img.getAttribute("fetchpriority")).toBeNull();
    }
  });

  it("preloads the cover (the LCP image) with its srcset, sizes and high priority", () => {
    render(<ProductDetail product={{ ...tulisDetail, images: [photo("lcp"), photo("later")] }} locale="id" t={createTranslator("id")} />);
    const links = [...document.head.querySelectorAll('link[rel="preload"][as="image"]')];
    const cover = links.find((l) => l.getAttribute("imagesrcset") === srcset("lcp"));
    expect(cover?.getAttribute("imagesizes")).toBe("(min-width: 72rem) 35rem, (min-width: 56rem) 50vw, 100vw");
    expect(cover?.getAttribute("fetchpriority")).toBe("high");
    expect(links.some((l) => l.getAttribute("imagesrcset") === srcset("later"))).toBe(false);
  });

  it("still shows an older photo with a plain absolute URL (no variants), in its CSS box", () => {
    render(<ProductDetail product={tulisDetail} locale="id" t={createTranslator("id")} />);
    const img = screen.getByRole("img");
    expect(img.getAttribute("src")).toBe("http://localhost:9000/static/jlamprang.jpg");
    expect(img.getAttribute("srcset")).toBeNull();
    expect(img.getAttribute("width")).toBeNull();
    expect(img.getAttribute("loading")).toBe("eager");
    expect(img.closest("li")?.className).toBe("gallery__main");
  });

  it("leaves out a photo whose URL is not safe to load", () => {
    render(<ProductDetail product={{ ...tulisDetail, images: [{ url: "javascript:alert(1)", variants: [] }] }} locale="en" t={createTranslator("en")} />);
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByText("No photo yet")).toBeTruthy();
  });
});
