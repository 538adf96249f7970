import { describe, expect, it } from "vitest";
import { apiQuery, LISTINGS_LIST, listHref, ORDERS_LIST, pageRange, readListParams } from "./list-params";

describe("readListParams", () => {
  it("reads page, search, status and sort from the URL", () => {
    expect(readListParams(LISTINGS_LIST, { page: "3", q: "  parang ", status: "draft", sort: "title" }))
      .toEqual({ page: 3, q: "parang", status: "draft", sort: "title" });
    expect(readListParams(ORDERS_LIST, { status: ["shipped", "delivered"], sort: "-display_id" }))
      .toEqual({ page: 1, q: "", status: "shipped", sort: "-display_id" });
  });

  it("falls back to the first page and the default sort for anything it does not know", () => {
    expect(readListParams(LISTINGS_LIST, { page: "-2", status: "archived", sort: "price" })).toEqual({ page: 1, q: "", status: "", sort: "-created_at" });
    expect(readListParams(ORDERS_LIST, { page: "abc", status: "draft" }).status).toBe("");
    expect(readListParams(LISTINGS_LIST, { q: "x".repeat(150) }).q).toHaveLength(100);
  });
});

describe("apiQuery", () => {
  it("turns a page into limit and offset and passes the search, status and sort on", () => {
    expect(apiQuery({ page: 3, q: "kain & co", status: "published", sort: "title" }))
      .toBe("limit=20&offset=40&order=title&q=kain+%26+co&status=published");
    expect(apiQuery({ page: 1, q: "", status: "", sort: "-created_at" }, 1)).toBe("limit=1&offset=0&order=-created_at");
  });
});

describe("listHref", () => {
  const base = "/id/seller/products";
  const params = { page: 2, q: "parang", status: "draft" as const, sort: "-created_at" as const };

  it("keeps the search and filter, leaves defaults out, and goes back to page 1 when the sort changes", () => {
    expect(listHref(base, LISTINGS_LIST, params, { sort: "title" })).toBe("/id/seller/products?q=parang&status=draft&sort=title");
    expect(listHref(base, LISTINGS_LIST, params, { page: 3 })).toBe("/id/seller/products?q=parang&status=draft&page=3");
    expect(listHref(base, LISTINGS_LIST, params, { q: "", status: "" })).toBe(base);
  });
});

describe("pageRange", () => {
  it("says which rows a page shows and how many pages there are", () => {
    expect(pageRange(2, 45)).toEqual({ from: 21, to: 40, pages: 3 });
    expect(pageRange(3, 45)).toEqual({ from: 41, to: 45, pages: 3 });
    expect(pageRange(1, 0)).toEqual({ from: 0, to: 0, pages: 1 });
    expect(pageRange(9, 45)).toEqual({ from: 0, to: 0, pages: 3 });
  });
});
