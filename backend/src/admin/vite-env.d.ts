/** Set by Medusa's admin bundler (Vite `define`) from `admin.backendUrl` in medusa-config.ts. */
declare const __BACKEND_URL__: string | undefined
