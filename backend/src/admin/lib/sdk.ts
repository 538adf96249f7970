import Medusa from "@medusajs/js-sdk"

// The admin bundler defines __BACKEND_URL__ from `admin.backendUrl` ("/" = same origin), so the
// extensions call the same backend as the dashboard. `typeof` keeps tests and type checks safe.
const BACKEND_URL = typeof __BACKEND_URL__ === "string" && __BACKEND_URL__ ? __BACKEND_URL__ : "/"

/** JS SDK for admin extensions, authenticated by the dashboard's session cookie. */
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  auth: { type: "session" },
})
