import type { Namespace } from "@canting/i18n";

/** The namespaces client components translate with (`useTranslation(CLIENT_NAMESPACES)`); a type-only import keeps it light. */
export const CLIENT_NAMESPACES = ["common", "vocab", "errors", "shop", "certs"] as const satisfies readonly Namespace[];
