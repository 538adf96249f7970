import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { LISTINGS_LIST, listHref, ORDERS_LIST } from "@/lib/seller-portal/list-params";
import { ListFilters } from "./list-filters";
import { Pager } from "./pager";

describe("Pager", () => {
  const hrefFor = (page: number) => `/id/seller/orders?status=shipped&page=${page}`;

  it("says which rows are shown and links to the neighbouring pages, in Indonesian", () => {
    render(<Pager page={2} count={45} pageSize={20} hrefFor={hrefFor} t={createTranslator("id")} testId="p" />);
    expect(screen.getByTestId("p-range").textContent).toBe("21–40 dari 45");
    expect(screen.getByTestId("p-previous").getAttribute("href")).toBe("/id/seller/orders?status=shipped&page=1");
    expect(screen.getByTestId("p-next").getAttribute("href")).toBe("/id/seller/orders?status=shipped&page=3");
    expect(screen.getByRole("navigation", { name: "Halaman" }).textContent).toContain("Halaman 2 dari 3");
  });

  it("has no page links when everything fits on one page, and sends a page past the end back to the last one", () => {
    const { unmount } = render(<Pager page={1} count={7} pageSize={20} hrefFor={hrefFor} t={createTranslator("en")} testId="p" />);
    expect(screen.getByTestId("p-range").textContent).toBe("1–7 of 7");
    expect(screen.queryByRole("navigation")).toBeNull();
    unmount();
    render(<Pager page={9} count={45} pageSize={20} hrefFor={hrefFor} t={createTranslator("en")} testId="p" />);
    expect(screen.getByTestId("p-range").textContent).toBe("0–0 of 45");
    expect(screen.getByTestId("p-previous").getAttribute("href")).toBe(hrefFor(3));
    expect(screen.queryByTestId("p-next")).toBeNull();
  });
});

describe("ListFilters", () => {
  it("is a labelled GET search form holding the list's current search, status and sort", () => {
    const t = createTranslator("en");
    const params = { page: 2, q: "parang", status: "draft" as const, sort: "title" as const };
    render(<ListFilters base="/en/seller/products" spec={LISTINGS_LIST} params={params} t={t} testId="f" searchLabel="Search title, handle or SKU"
      statusLabel={(s) => t(`sellerListings.status.${s}`)} sortLabel={(s) => t(`sellerListings.sort.${s}`)} />);
    const form = screen.getByRole("search", { name: "Search and sort" }) as HTMLFormElement;
    expect([form.getAttribute("method"), form.getAttribute("action")]).toEqual(["get", "/en/seller/products"]);
    expect((screen.getByLabelText("Search title, handle or SKU") as HTMLInputElement).value).toBe("parang");
    const status = screen.getByLabelText("Status") as HTMLSelectElement;
    expect([status.name, status.value, [...status.options].map((o) => o.textContent)]).toEqual(["status", "draft", ["All statuses", "Draft", "Published"]]);
    const sort = screen.getByLabelText("Sort by") as HTMLSelectElement;
    expect([sort.name, sort.value, sort.options[0].textContent]).toEqual(["sort", "title", "Newest first"]);
    // the page is not a field: a new search starts on page 1
    expect(form.querySelector("[name=page]")).toBeNull();
    expect(screen.getByTestId("f-clear").getAttribute("href")).toBe("/en/seller/products?sort=title");
  });

  it("offers no clear link when nothing is searched or filtered", () => {
    const t = createTranslator("id");
    const params = { page: 1, q: "", status: "" as const, sort: "-created_at" as const };
    render(<ListFilters base="/id/seller/orders" spec={ORDERS_LIST} params={params} t={t} testId="f" searchLabel={t("shop:sellerOrders.searchLabel")}
      statusLabel={(s) => t(`shop:sellerOrders.fulfillmentStatus.${s}`)} sortLabel={(s) => t(`shop:sellerOrders.sort.${s}`)} />);
    expect(screen.getByLabelText("Cari nomor pesanan atau email pembeli")).toBeTruthy();
    expect(screen.queryByTestId("f-clear")).toBeNull();
    expect(listHref("/id/seller/orders", ORDERS_LIST, params, {})).toBe("/id/seller/orders");
  });
});
