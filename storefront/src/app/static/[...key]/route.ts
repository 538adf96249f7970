import { NextResponse } from "next/server";
import { staticImageUrl } from "@/lib/images";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ key: string[] }> };

/**
 * The seller portal's photo previews are client components: they show the URLs the upload API
 * answers, relative (`/static/<key>`) for the local file provider, and post them back unchanged (the
 * backend accepts only URLs it issued). In the browser such a URL points at the storefront, so this
 * sends it on to the backend MEDUSA_BACKEND_URL names at this moment. Public pages resolve their
 * images while rendering (lib/images.ts) and never take this extra hop.
 */
export async function GET(_request: Request, { params }: Context) {
  const target = staticImageUrl((await params).key);
  if (!target) return new NextResponse("Not Found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return NextResponse.redirect(target, 307);
}
