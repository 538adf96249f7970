import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import type { Resources } from "@canting/i18n";
import { I18nProvider, useTranslation } from "./client";

function Show({ k }: { k: string }) {
  const { t } = useTranslation();
  return <span data-testid={k}>{(t as unknown as (key: string) => string)(k)}</span>;
}

const strings = (tree: object) => tree as unknown as Partial<Resources>;

describe("I18nProvider", () => {
  it("lets a form segment's provider add its strings to the layout's", () => {
    render(
      <I18nProvider locale="en" resources={strings({ common: { errors: { retry: "Try again" } } })}>
        <Show k="errors.retry" />
        <I18nProvider locale="en" resources={strings({ shop: { cart: { title: "Cart" } } })}>
          <Show k="shop:cart.title" />
          <Show k="errors.genericTitle" />
          <span data-testid="inner"><Show k="errors.retry" /></span>
        </I18nProvider>
      </I18nProvider>,
    );
    expect(screen.getByTestId("shop:cart.title").textContent).toBe("Cart");
    expect(screen.getByTestId("inner").textContent).toBe("Try again");
    // A key neither provider holds comes back as its path, as before.
    expect(screen.getByTestId("errors.genericTitle").textContent).toBe("errors.genericTitle");
  });
});
