import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/features/seller-portal/seller-portal.css";

// The portal is private: never indexed, whatever the page.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function SellerLayout({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
