import "server-only";
import Medusa from "@medusajs/js-sdk";
import { getServerEnv } from "@/env";

let sdk: Medusa | undefined;

/** The Medusa JS SDK, built on first use so that `next build` needs no backend or key. */
export function getSdk(): Medusa {
  if (!sdk) {
    const env = getServerEnv();
    sdk = new Medusa({ baseUrl: env.medusaBackendUrl, publishableKey: env.medusaPublishableKey });
  }
  return sdk;
}
