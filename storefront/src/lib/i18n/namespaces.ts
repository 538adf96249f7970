import type { Namespace } from "@canting/i18n";

/**
 * The namespaces client components translate from (`useTranslation(CLIENT_NAMESPACES)` names them;
 * the client translator ignores the argument). Which strings a page actually ships is chosen in
 * island-keys.ts: the seller portal's layout gives these namespaces whole. A type-only import keeps it light.
 */
export const CLIENT_NAMESPACES = ["common", "vocab", "errors", "shop", "certs"] as const satisfies readonly Namespace[];
