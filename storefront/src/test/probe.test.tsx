import { it, expect } from "vitest";
import { render, screen } from "@testing-library/react";
import { resources } from "@canting/i18n";
import { I18nProvider } from "@/lib/i18n/provider";
import { LanguageLinks } from "@/features/layout/language-switcher";
import Link from "next/link";

it("probe", () => {
  render(<I18nProvider locale="en" resources={resources.en}><LanguageLinks locale="en" pathname="/en/x" search="a=1" /><Link href="/x">L</Link></I18nProvider>);
  expect(screen.getByTestId("switch-locale-id").getAttribute("href")).toBe("/id/x?a=1");
});
