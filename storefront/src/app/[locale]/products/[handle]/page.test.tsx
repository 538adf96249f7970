import { beforeEach, describe, expect, it, vi } from "vitest";
import { tulisDetail } from "@/test/fixtures";

const retrieveProduct = vi.fn();
vi.mock("server-only", () => ({}));
vi.mock("@/lib/data/products", () => ({ retrieveProduct: (...args: unknown[]) => retrieveProduct(...args) }));

const { generateMetadata } = await import("./page");
const metadataOf = (locale = "id") => generateMetadata({ params: Promise.resolve({ locale, handle: "kain-jlamprang-indigo" }) });

/** A real listing of a real workshop (the shared fixture is a demo piece). */
const forSale = { ...tulisDetail, demo: false, seller: { ...tulisDetail.seller!, demo: false } };

describe("product page metadata", () => {
  beforeEach(() => retrieveProduct.mockReset());

  it("keeps a demo workshop's piece out of search engines (noindex), links still followed", async () => {
    retrieveProduct.mockResolvedValue({ ...forSale, seller: { ...forSale.seller, demo: true } });
    expect((await metadataOf()).robots).toEqual({ index: false, follow: true });
    retrieveProduct.mockResolvedValue({ ...forSale, demo: true });
    expect((await metadataOf("en")).robots).toEqual({ index: false, follow: true });
  });

  it("lets a real workshop's piece be indexed, with its title and canonical link", async () => {
    retrieveProduct.mockResolvedValue(forSale);
    const meta = await metadataOf();
    expect(meta.robots).toBeUndefined();
    expect(meta.title).toBe(tulisDetail.title);
    expect(meta.alternates?.canonical).toBe("/id/products/kain-jlamprang-indigo");
  });
});
