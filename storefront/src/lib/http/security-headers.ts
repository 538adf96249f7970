import { isHttpsUrl } from "./cookie-options";

/**
 * The storefront's response security headers, built per request by the proxy. Pure: the proxy
 * passes the nonce and the origins, tests call it directly.
 */

/** Stripe.js and its frames (https://docs.stripe.com/security/guide#content-security-policy). */
const STRIPE = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
  img: ["https://*.stripe.com"],
} as const;

export type CspOptions = {
  /** Fresh per request; Next reads it from the request's CSP header and puts it on its own scripts. */
  nonce: string;
  /** The Medusa backend (product images come from its `/static`). */
  backendUrl: string;
  /** Whether checkout loads Stripe.js (a publishable key is configured). */
  stripe: boolean;
  /** Where uploaded files are served from when not the backend (`S3_FILE_URL`, as the backend calls it). */
  mediaUrl?: string | null;
  /** A Stripe API host other than Stripe's own (`STRIPE_API_HOST`: the e2e's loopback fake). */
  stripeApiUrl?: string | null;
  /** `next dev`: React needs eval for its error overlays. */
  dev?: boolean;
  https: boolean;
};

/** A random nonce, base64 of 128 bits. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

const originOf = (url: string | null | undefined): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/**
 * The Content-Security-Policy: scripts only with the request's nonce (and what they load, via
 * 'strict-dynamic'), images and fetches from this site, the backend and Stripe, never framed.
 * Styles stay 'unsafe-inline': CSS is inlined into the HTML and components use style attributes.
 */
export function contentSecurityPolicy({ nonce, backendUrl, mediaUrl, stripe, stripeApiUrl, dev = false, https }: CspOptions): string {
  const backend = originOf(backendUrl);
  const stripeApi = stripe ? originOf(stripeApiUrl) : null;
  const list = (...sources: (string | null | false | readonly string[])[]) =>
    [...new Set(sources.flat().filter((s): s is string => Boolean(s)))].join(" ");
  const directives: [string, string][] = [
    ["default-src", "'self'"],
    ["script-src", list("'self'", `'nonce-${nonce}'`, "'strict-dynamic'", dev && "'unsafe-eval'", stripe && STRIPE.script)],
    ["style-src", "'self' 'unsafe-inline'"],
    ["img-src", list("'self'", "data:", "blob:", backend, originOf(mediaUrl), stripe && STRIPE.img)],
    ["font-src", "'self' data:"],
    ["connect-src", list("'self'", backend, stripe && STRIPE.connect, stripeApi)],
    ["frame-src", stripe ? list(STRIPE.frame) : "'none'"],
    ["frame-ancestors", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["object-src", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests", ""]);
  return directives.map(([name, value]) => (value ? `${name} ${value}` : name)).join("; ");
}

/** Headers every response carries, pages or not (set in next.config for all paths as well). */
export const STATIC_SECURITY_HEADERS = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  // For responses the proxy does not see (assets, API routes); pages get frame-ancestors 'none'.
  "X-Frame-Options": "DENY",
} as const;

/** Two years, subdomains included: the value hstspreload.org asks for. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** All security headers for a page response; HSTS only over https (browsers ignore it on http anyway). */
export function securityHeaders(options: CspOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    ...STATIC_SECURITY_HEADERS,
    ...(options.https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** Whether this request reached the storefront over https: its public URL says so, or the request does. */
export const servedOverHttps = (siteUrl: string | null | undefined, requestUrl: string) =>
  isHttpsUrl(siteUrl) || isHttpsUrl(requestUrl);
