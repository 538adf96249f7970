import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { RegionSwitcher } from "./region-switcher";

const router = vi.hoisted(() => ({ refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

describe("RegionSwitcher", () => {
  beforeEach(() => {
    document.cookie = "canting_region=; max-age=0; path=/";
    router.refresh.mockReset();
  });

  it("shows the current region and its currency in the shopper's language", () => {
    renderInLocale(<RegionSwitcher region="international" />, "en");
    const select = screen.getByRole("combobox", { name: "Shopping region and currency" }) as HTMLSelectElement;
    expect(select.value).toBe("international");
    expect([...select.options].map((o) => o.textContent)).toEqual(["Indonesia (Rp)", "International (US$)"]);
  });

  it("remembers a new region in a cookie and reloads prices, keeping the language", () => {
    renderInLocale(<RegionSwitcher region="indonesia" />, "id");
    fireEvent.change(screen.getByTestId("region-switcher"), { target: { value: "international" } });
    expect(document.cookie).toContain("canting_region=international");
    expect(router.refresh).toHaveBeenCalledTimes(1);
  });
});
