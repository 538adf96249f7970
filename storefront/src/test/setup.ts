import { afterEach, vi } from "vitest";
import { createElement, type AnchorHTMLAttributes, type ReactNode } from "react";
import { cleanup } from "@testing-library/react";

afterEach(() => cleanup());

// `server-only` throws unless bundled for React Server Components, which tests are not. Server
// components that resolve image URLs (lib/images.ts reads env.ts) are rendered here all the same.
vi.mock("server-only", () => ({}));

// next/link is CommonJS that Node resolves to the repo root's React 18 (Medusa admin's copy), which
// cannot render inside React 19. In tests a plain anchor with the same href is what we assert on.
vi.mock("next/link", () => ({
  default: ({ href, children, prefetch: _prefetch, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & {
    href: string; children?: ReactNode; prefetch?: boolean;
  }) => createElement("a", { href, ...rest }, children),
}));
