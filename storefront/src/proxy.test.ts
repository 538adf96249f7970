import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "./proxy";

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

beforeEach(() => {
  process.env.MEDUSA_BACKEND_URL = "http://localhost:9000";
  delete process.env.NEXT_PUBLIC_SITE_URL;
});
afterEach(() => {
  delete process.env.STRIPE_PUBLISHABLE_KEY;
  delete process.env.STRIPE_API_HOST;
});

describe("proxy", () => {
  it("gives a page a CSP with a fresh nonce, and hands the same policy to Next's render", () => {
    const first = proxy(new NextRequest("http://localhost:8000/id/products"));
    const second = proxy(new NextRequest("http://localhost:8000/id/products"));
    const csp = first.headers.get("content-security-policy");
    expect(nonceOf(csp)).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonceOf(csp));
    // NextResponse.next({ request: { headers } }) forwards request headers under this prefix.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(csp));
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' data: blob: http://localhost:9000");
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends HSTS when the storefront is served over https", () => {
    process.env.NEXT_PUBLIC_SITE_URL = "https://canting.id";
    expect(proxy(new NextRequest("https://canting.id/en")).headers.get("strict-transport-security")).toMatch(/^max-age=/);
  });

  it("lets checkout reach the Stripe API the apps are pointed at (the e2e's loopback fake)", () => {
    process.env.STRIPE_PUBLISHABLE_KEY = "pk_test_x";
    process.env.STRIPE_API_HOST = "http://127.0.0.1:12100";
    expect(proxy(new NextRequest("http://localhost:8000/en/checkout")).headers.get("content-security-policy"))
      .toMatch(/connect-src [^;]*http:\/\/127\.0\.0\.1:12100/);
  });

  it("still redirects paths without a locale, with the headers", () => {
    const response = proxy(new NextRequest("http://localhost:8000/products?q=parang", { headers: { "accept-language": "en" } }));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:8000/en/products?q=parang");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
