import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { SUGGEST_DELAY_MS, SearchBox } from "./search-box";

const reply = { products: [{ handle: "kain-jlamprang", title: "Kain Jlamprang Indigo" }], terms: [{ facet: "motifs", value: "jlamprang", label: "Jlamprang" }] };

describe("SearchBox", () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    vi.useFakeTimers();
    fetchMock = vi.fn(async () => new Response(JSON.stringify(reply), { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("submits to the results page without JavaScript", () => {
    renderInLocale(<SearchBox locale="en" />, "en");
    const form = screen.getByRole("search");
    expect(form.getAttribute("action")).toBe("/en/search");
    expect(screen.getByTestId("search-input").getAttribute("name")).toBe("q");
  });

  it("asks for suggestions once, after typing pauses, and lists products and categories", async () => {
    renderInLocale(<SearchBox locale="id" />);
    const input = screen.getByTestId("search-input");
    fireEvent.change(input, { target: { value: "jl" } });
    fireEvent.change(input, { target: { value: "jlam" } });
    await act(async () => { vi.advanceTimersByTime(SUGGEST_DELAY_MS - 10); });
    expect(fetchMock).not.toHaveBeenCalled();
    await act(async () => { vi.advanceTimersByTime(20); });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe("/api/suggest?q=jlam&locale=id");
    const options = screen.getAllByRole("option");
    expect(options.map((o) => o.querySelector("a")!.getAttribute("href"))).toEqual(["/id/products/kain-jlamprang", "/id/products?motif=jlamprang"]);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(options[0].getAttribute("aria-selected")).toBe("true");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0].id);
  });

  it("does not call the backend for a single letter", async () => {
    renderInLocale(<SearchBox locale="id" />);
    fireEvent.change(screen.getByTestId("search-input"), { target: { value: "j" } });
    await act(async () => { vi.advanceTimersByTime(1000); });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
