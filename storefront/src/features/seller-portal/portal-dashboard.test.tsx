import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { PortalDashboard, revenueSince } from "./portal-dashboard";

describe("seller dashboard", () => {
  it("sums this month's orders per currency and ignores older ones", () => {
    const since = new Date("2026-11-01T00:00:00+07:00");
    expect(revenueSince([
      { createdAt: "2026-11-20T03:00:00Z", currency: "idr", subtotal: 350000 },
      { createdAt: "2026-11-02T03:00:00Z", currency: "IDR", subtotal: 150000 },
      { createdAt: "2026-11-10T03:00:00Z", currency: "usd", subtotal: 24.5 },
      { createdAt: "2026-10-31T16:59:00Z", currency: "idr", subtotal: 999 }, // 23:59 WIB on 31 October
    ], since)).toEqual([{ currency: "idr", amount: 500000 }, { currency: "usd", amount: 24.5 }]);
  });

  it("shows listings, open orders, revenue and readiness, and says when a figure could not be loaded", () => {
    render(<PortalDashboard locale="id" t={createTranslator("id")} figures={{
      listings: { published: 3, total: 5 }, orders: { total: 4, toShip: 1 },
      revenue: [{ currency: "idr", amount: 500000 }], readiness: null,
    }} />);
    expect(screen.getByTestId("dashboard-listings").textContent).toContain("3 dari 5");
    expect(screen.getByTestId("dashboard-orders").textContent).toContain("1 perlu dikirim");
    expect(screen.getByTestId("dashboard-revenue").textContent).toMatch(/Rp\s?500\.000/);
    expect(screen.getByTestId("dashboard-readiness").textContent).toContain("Belum bisa dimuat");
  });

  it("says the readiness score is Canting's rubric, not an official designation", () => {
    render(<PortalDashboard locale="en" t={createTranslator("en")} figures={{
      listings: null, orders: null, revenue: null, readiness: { score: 72, band: "export_ready" },
    }} />);
    expect(screen.getByTestId("dashboard-readiness").textContent).toMatch(/Canting's rubric, not an official designation.*72\/100/);
  });
});
