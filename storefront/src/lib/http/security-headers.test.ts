import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, servedOverHttps, type CspOptions } from "./security-headers";

const base: CspOptions = { nonce: "bm9uY2U=", backendUrl: "http://localhost:9000/", stripe: false, https: false };
const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce (and what they load), and is never framed", () => {
    const d = directives(contentSecurityPolicy(base));
    expect(d["default-src"]).toEqual(["'self'"]);
    expect(d["script-src"]).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(d["frame-ancestors"]).toEqual(["'none'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
    expect(d["base-uri"]).toEqual(["'self'"]);
    expect(d["form-action"]).toEqual(["'self'"]);
    expect(d["script-src"]).not.toContain("'unsafe-inline'");
  });

  it("lets product images and fetches come from the backend's origin", () => {
    const d = directives(contentSecurityPolicy(base));
    expect(d["img-src"]).toEqual(["'self'", "data:", "blob:", "http://localhost:9000"]);
    expect(d["connect-src"]).toEqual(["'self'", "http://localhost:9000"]);
    const s3 = directives(contentSecurityPolicy({ ...base, mediaUrl: "https://media.canting.id/uploads" }));
    expect(s3["img-src"]).toContain("https://media.canting.id");
  });

  it("opens Stripe's hosts only when card payments are configured, plus a local Stripe API (the e2e fake)", () => {
    expect(directives(contentSecurityPolicy(base))["frame-src"]).toEqual(["'none'"]);
    const d = directives(contentSecurityPolicy({ ...base, stripe: true, stripeApiUrl: "http://127.0.0.1:12100" }));
    expect(d["script-src"]).toContain("https://js.stripe.com");
    expect(d["frame-src"]).toEqual(expect.arrayContaining(["https://js.stripe.com", "https://hooks.stripe.com"]));
    expect(d["connect-src"]).toEqual(["'self'", "http://localhost:9000", "https://api.stripe.com", "http://127.0.0.1:12100"]);
  });

  it("adds eval only for next dev, and upgrades insecure requests only over https", () => {
    expect(directives(contentSecurityPolicy({ ...base, dev: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(base)).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...base, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe("securityHeaders", () => {
  it("sends the referrer policy, nosniff and HSTS only over https", () => {
    const http = securityHeaders(base);
    expect(http["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(http["X-Content-Type-Options"]).toBe("nosniff");
    expect(http["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ ...base, https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
  });

  it("takes https from the public URL or from the request", () => {
    expect(servedOverHttps("https://canting.id", "http://10.0.0.5:8000/id")).toBe(true);
    expect(servedOverHttps(undefined, "https://canting.id/id")).toBe(true);
    expect(servedOverHttps("http://localhost:8000", "http://localhost:8000/id")).toBe(false);
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
