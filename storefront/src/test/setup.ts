import { afterEach, vi } from "vitest";
import { createElement, type AnchorHTMLAttributes, type ReactNode } from "react";
import { cleanup } from "@testing-library/react";

afterEach(() => cleanup());

// next/link is CommonJS that Node resolves to the repo root's React 18 (Medusa admin's copy), which
// cannot render inside React 19. In tests a plain anchor with the same href is what we assert on.
vi.mock("next/link", () => ({
  default: ({ href, children, prefetch: _prefetch, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & {
    href: string; children?: ReactNode; prefetch?: boolean;
  }) => createElement("a", { href, ...rest }, children),
}));
