import accounts from "./demo-accounts.json"

/** Demo logins, printed by `npm start`. Demo only: change them before any real deployment. */
export const DEMO_ACCOUNTS = accounts
