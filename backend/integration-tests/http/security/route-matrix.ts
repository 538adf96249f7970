/**
 * The authorization matrix: every route of ours (and each Medusa store route we guard), what each
 * identity may do with it. `allow` means the request got past authorization: any answer except
 * 401, 403 and 404 (a 400 for the empty probe body still proves the caller was let in), never a 5xx.
 * A route added under src/api without a row here fails authorization-matrix.spec.ts.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join, relative, sep } from "node:path"

export const IDENTITIES = ["anonymous", "shopper", "otherShopper", "otherSeller", "operator", "owner"] as const
export type Identity = (typeof IDENTITIES)[number]
export type Outcome = "allow" | 401 | 404
export type Expect = Record<Identity, Outcome>

const all = (o: Outcome): Expect => ({ anonymous: o, shopper: o, otherShopper: o, otherSeller: o, operator: o, owner: o })
/** Anyone with the publishable key. */
export const PUBLIC = all("allow")
/** The signed-in seller's own workshop (`/sellers/me`): any seller member, nobody else. */
export const SELLER_ME: Expect = { ...all(401), owner: "allow", otherSeller: "allow" }
/** One record of the owner's workshop: another seller's token finds nothing. */
export const SELLER_OWNED: Expect = { ...SELLER_ME, otherSeller: 404 }
/** The signed-in shopper's own account (`/store/customers/me/*`): any shopper, for themselves; nobody else. */
export const SHOPPER_ME: Expect = { ...all(401), shopper: "allow", otherShopper: "allow" }
/** The operator only. */
export const ADMIN: Expect = { ...all(401), operator: "allow" }
/** The shopper whose cart or order it is ("owner" here is the workshop, a stranger to the cart). */
export const SHOPPER_OWNED: Expect = { ...all(404), shopper: "allow" }
/** Seller sign-up: a seller auth identity (registration or member token); a member that has a workshop is told so (400/409). */
export const SELLER_SIGNUP: Expect = { ...all(401), owner: "allow", otherSeller: "allow" }
/** Setting a password after a reset: only the emailed reset token opens it, never anyone's session token. */
export const RESET_TOKEN_ONLY: Expect = all(401)

export type Row = { method: "GET" | "POST" | "DELETE"; path: string; expect: Expect; body?: Record<string, unknown>; store?: boolean; medusa?: boolean; multipart?: boolean }

/** Rows run in this order; rows that change the owner's records when allowed come last. */
export const ROWS: Row[] = [
  // Store: ours
  { method: "GET", path: "/store/catalog", expect: PUBLIC, store: true },
  { method: "GET", path: "/store/catalog/suggest?q=kain", expect: PUBLIC, store: true },
  { method: "GET", path: "/store/certifications", expect: PUBLIC, store: true },
  { method: "GET", path: "/store/sellers", expect: PUBLIC, store: true },
  { method: "GET", path: "/store/sellers/:handle", expect: PUBLIC, store: true },
  { method: "POST", path: "/store/customers/me/password", expect: SHOPPER_ME, store: true, body: {} },
  { method: "GET", path: "/store/carts/:cart/seller-shipping", expect: SHOPPER_OWNED, store: true },
  { method: "GET", path: "/store/orders/:order/parts", expect: SHOPPER_OWNED, store: true },
  // Store: Medusa's routes we guard
  { method: "GET", path: "/store/carts/:cart", expect: SHOPPER_OWNED, store: true, medusa: true },
  { method: "POST", path: "/store/carts/:cart", expect: SHOPPER_OWNED, store: true, medusa: true, body: {} },
  { method: "POST", path: "/store/carts/:cart/line-items", expect: SHOPPER_OWNED, store: true, medusa: true, body: {} },
  { method: "POST", path: "/store/carts/:cart/line-items/:line", expect: SHOPPER_OWNED, store: true, medusa: true, body: { quantity: 1 } },
  { method: "POST", path: "/store/carts/:cart/complete", expect: SHOPPER_OWNED, store: true, medusa: true, body: {} },
  { method: "POST", path: "/store/payment-collections", expect: SHOPPER_OWNED, store: true, medusa: true, body: { cart_id: ":cart" } },
  { method: "GET", path: "/store/orders/:order", expect: SHOPPER_OWNED, store: true, medusa: true },
  // Auth: Medusa's password reset, which we guard (identifier check, rate limits, password policy)
  { method: "POST", path: "/auth/customer/emailpass/reset-password", expect: PUBLIC, medusa: true, body: { identifier: "lupa@matrix.test" } },
  { method: "POST", path: "/auth/seller/emailpass/reset-password", expect: PUBLIC, medusa: true, body: { identifier: "lupa@matrix.test" } },
  { method: "POST", path: "/auth/customer/emailpass/update", expect: RESET_TOKEN_ONLY, medusa: true, body: { password: "kain-sogan-matrix-1" } },
  { method: "POST", path: "/auth/seller/emailpass/update", expect: RESET_TOKEN_ONLY, medusa: true, body: { password: "kain-sogan-matrix-1" } },
  // Public files
  { method: "GET", path: "/static/:upload", expect: PUBLIC },
  // Sellers
  { method: "POST", path: "/sellers", expect: SELLER_SIGNUP, body: {} },
  { method: "GET", path: "/sellers/me", expect: SELLER_ME },
  { method: "POST", path: "/sellers/me", expect: SELLER_ME, body: {} },
  { method: "GET", path: "/sellers/me/onboarding", expect: SELLER_ME },
  { method: "GET", path: "/sellers/me/readiness", expect: SELLER_ME },
  { method: "POST", path: "/sellers/me/submit", expect: SELLER_ME, body: {} },
  // The empty probe body is refused before anything is checked against the password: no password changes.
  { method: "POST", path: "/sellers/me/password", expect: SELLER_ME, body: {} },
  { method: "POST", path: "/sellers/me/uploads", expect: SELLER_ME, body: {}, multipart: true },
  { method: "GET", path: "/sellers/me/documents", expect: SELLER_ME },
  { method: "POST", path: "/sellers/me/documents", expect: SELLER_ME, body: {}, multipart: true },
  { method: "GET", path: "/sellers/me/documents/:document/file", expect: SELLER_OWNED },
  { method: "GET", path: "/sellers/me/certifications", expect: SELLER_ME },
  { method: "POST", path: "/sellers/me/certifications", expect: SELLER_ME, body: {}, multipart: true },
  { method: "GET", path: "/sellers/me/certifications/:cert", expect: SELLER_OWNED },
  { method: "GET", path: "/sellers/me/certifications/:cert/evidence/:evidence", expect: SELLER_OWNED },
  { method: "GET", path: "/sellers/me/trainings", expect: SELLER_ME },
  { method: "POST", path: "/sellers/me/trainings", expect: SELLER_ME, body: {}, multipart: true },
  { method: "GET", path: "/sellers/me/trainings/:award/evidence", expect: SELLER_OWNED },
  { method: "GET", path: "/sellers/me/change-requests", expect: SELLER_ME },
  { method: "POST", path: "/sellers/me/change-requests", expect: SELLER_ME, body: {} },
  { method: "GET", path: "/sellers/me/orders", expect: SELLER_ME },
  { method: "GET", path: "/sellers/me/orders/:order", expect: SELLER_OWNED },
  // Valid bodies where the edge validates before ownership is checked, so the row tests ownership.
  { method: "POST", path: "/sellers/me/orders/:order/fulfillments", expect: SELLER_OWNED, body: { tracking_number: "JNE-MATRIX-001" } },
  { method: "GET", path: "/sellers/me/products", expect: SELLER_ME },
  { method: "GET", path: "/sellers/me/products/export", expect: SELLER_ME },
  { method: "POST", path: "/sellers/me/products", expect: SELLER_ME, body: {} },
  { method: "GET", path: "/sellers/me/products/:product", expect: SELLER_OWNED },
  { method: "POST", path: "/sellers/me/products/:product", expect: SELLER_OWNED, body: {} },
  { method: "POST", path: "/sellers/me/products/:product/variants", expect: SELLER_OWNED, body: { size: "200x100", prices: { idr: 900_000, usd: 60 }, stock: 1 } },
  { method: "POST", path: "/sellers/me/products/:product/variants/:variant", expect: SELLER_OWNED, body: {} },
  // Operator (ours)
  { method: "GET", path: "/admin/sellers", expect: ADMIN },
  { method: "GET", path: "/admin/sellers/:seller", expect: ADMIN },
  { method: "POST", path: "/admin/sellers/:seller/:action", expect: ADMIN, body: {} },
  { method: "GET", path: "/admin/sellers/:seller/change-requests", expect: ADMIN },
  { method: "GET", path: "/admin/sellers/:seller/documents/:document/file", expect: ADMIN },
  { method: "POST", path: "/admin/sellers/:seller/documents/:document/review", expect: ADMIN, body: {} },
  { method: "GET", path: "/admin/seller-change-requests", expect: ADMIN },
  { method: "GET", path: "/admin/seller-change-requests/:change", expect: ADMIN },
  { method: "POST", path: "/admin/seller-change-requests/:change/reject", expect: ADMIN, body: {} },
  { method: "GET", path: "/admin/certifications", expect: ADMIN },
  { method: "GET", path: "/admin/certifications/:cert", expect: ADMIN },
  { method: "POST", path: "/admin/certifications/:cert/:action", expect: ADMIN, body: {} },
  { method: "GET", path: "/admin/certifications/:cert/evidence/:evidence", expect: ADMIN },
  { method: "GET", path: "/admin/training-awards", expect: ADMIN },
  { method: "POST", path: "/admin/training-awards/:award/:action", expect: ADMIN, body: {} },
  { method: "GET", path: "/admin/training-awards/:award/evidence", expect: ADMIN },
  { method: "GET", path: "/admin/training-programs", expect: ADMIN },
  { method: "POST", path: "/admin/training-programs", expect: ADMIN, body: {} },
  { method: "POST", path: "/admin/training-programs/:program/awards", expect: ADMIN, body: {} },
  // The demo's email outbox (no SMTP_URL in tests). `:message` is left unfilled: the operator's 400
  // (not an outbox id) proves the request got past authorization.
  { method: "GET", path: "/admin/outbox", expect: ADMIN },
  { method: "GET", path: "/admin/outbox/:message", expect: ADMIN },
  // Last: rows that, once allowed, change or remove the owner's records.
  { method: "POST", path: "/admin/seller-change-requests/:change/accept", expect: ADMIN, body: {} },
  { method: "DELETE", path: "/sellers/me/products/:product/variants/:variant", expect: SELLER_OWNED },
  { method: "DELETE", path: "/sellers/me/products/:product", expect: SELLER_OWNED },
  { method: "DELETE", path: "/sellers/me/certifications/:cert", expect: SELLER_OWNED },
  { method: "DELETE", path: "/sellers/me/documents/:document", expect: SELLER_OWNED },
]

/** `GET /sellers/me/products/:param` for a row or a route file, so the two can be compared. */
export const routeKey = (method: string, path: string) => `${method} ${path.split("?")[0].replace(/:[A-Za-z_]+/g, ":param")}`

/** Every route our code defines: each `src/api/**\/route.ts` and the HTTP methods it exports. */
export function declaredRoutes(apiDir: string): string[] {
  const out: string[] = []
  for (const file of readdirSync(apiDir, { recursive: true }).map(String).filter((f) => f.endsWith(`${sep}route.ts`) || f === "route.ts")) {
    const source = readFileSync(join(apiDir, file), "utf8")
    const path = "/" + relative(".", file).split(sep).slice(0, -1).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
    for (const [, method] of source.matchAll(/export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) out.push(routeKey(method, path))
  }
  return out.sort()
}
