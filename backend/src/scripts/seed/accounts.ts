/** Demo logins printed by `npm start`. Demo only: change them before any real deployment. */
export const DEMO_ACCOUNTS = {
  admin: { email: "admin@canting.test", password: "canting-admin-demo" },
  shopper: { email: "pembeli@canting.test", password: "canting-shopper-demo" },
  seller: { email: "sekar-kauman-demo@demo.canting.test" },
} as const
