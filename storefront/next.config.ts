import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/lib/http/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // A 404 for URLs outside every locale (the proxy sends almost everything under /id or /en).
    globalNotFound: true,
    // The stylesheets go into the HTML instead of ~7 render-blocking requests (faster first paint).
    inlineCss: true,
    // Server actions carry text forms only; files go to the upload route handlers, which check the
    // session and the declared length before reading a byte (see lib/http/seller-upload-guard.ts).
    serverActions: { bodySizeLimit: "512kb" },
    // The proxy copies each request body it sees (default up to 10 MB). Pages only take server
    // actions, so a little more than their limit is enough; the large uploads bypass the proxy.
    proxyClientMaxBodySize: "1mb",
    // Cached public reads (lib/http/revalidation.ts) stay in memory only: the in-memory cache is
    // bounded (cacheMaxMemorySize, least recently used out first), so a crawler asking for endless
    // product handles cannot fill the disk, and a restart never serves what another run cached.
    isrFlushToDisk: false,
  },
  // Product images come straight from the Medusa backend; no image optimizer round-trip.
  images: { unoptimized: true },
  // Pages get these (and their CSP, HSTS) from the proxy; this covers assets and API routes too.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
