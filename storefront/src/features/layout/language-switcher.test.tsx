import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { resources } from "@canting/i18n";
import { I18nProvider } from "@/lib/i18n/client";
import { LanguageSwitcher } from "./language-switcher";

const nav = vi.hoisted(() => ({ pathname: "/id", search: "" }));
vi.mock("next/navigation", () => ({
  usePathname: () => nav.pathname,
  useSearchParams: () => new URLSearchParams(nav.search),
}));

function renderSwitcher(locale: "id" | "en") {
  return render(
    <I18nProvider locale={locale} resources={resources[locale]}>
      <LanguageSwitcher locale={locale} />
    </I18nProvider>,
  );
}

describe("LanguageSwitcher", () => {
  beforeEach(() => {
    document.cookie = "NEXT_LOCALE=; max-age=0; path=/";
  });

  it("links to the same product page in the other language, keeping the query", () => {
    nav.pathname = "/id/products/kain-jlamprang";
    nav.search = "ref=home";
    renderSwitcher("id");
    expect(screen.getByTestId("switch-locale-en").getAttribute("href")).toBe("/en/products/kain-jlamprang?ref=home");
    expect(screen.getByTestId("switch-locale-id").getAttribute("href")).toBe("/id/products/kain-jlamprang?ref=home");
    expect(screen.getByTestId("switch-locale-id").getAttribute("aria-current")).toBe("true");
  });

  it("has accessible names for each language and switches back from English", () => {
    nav.pathname = "/en/sellers/batik-kauman";
    nav.search = "";
    renderSwitcher("en");
    expect(screen.getByRole("navigation", { name: "Choose language" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "ID (Bahasa Indonesia)" }).getAttribute("href")).toBe("/id/sellers/batik-kauman");
    // What is seen ("EN") starts what is announced, so "click EN" works for voice control too.
    expect(screen.getByRole("link", { name: "EN (English)" }).textContent).toMatch(/^EN/);
  });

  it("remembers the chosen language in the NEXT_LOCALE cookie", () => {
    nav.pathname = "/id";
    renderSwitcher("id");
    const en = screen.getByTestId("switch-locale-en");
    en.addEventListener("click", (e) => e.preventDefault()); // stay on the page in the test
    fireEvent.click(en);
    expect(document.cookie).toContain("NEXT_LOCALE=en");
  });
});
