import { expect, type APIRequestContext } from "@playwright/test";
import { env, requirePublishableKey } from "./env";
import { ok, submitWorkshop } from "./seller-api";

/** A workshop as the seller API knows it, with the seller's own token for `/sellers/me/*`. */
export type SubmittedSeller = { email: string; password: string; name: string; handle: string; token: string };

/** An 8×8 PNG (a brick-red square): an image document the backend accepts by content. */
export const pngDocument = (name: string) => ({
  name, mimeType: "image/png",
  buffer: Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGNYoCGHFTEMLQkAmJI5gVP8ZfsAAAAASUVORK5CYII=",
    "base64",
  ),
});

const auth = (s: SubmittedSeller) => ({ authorization: `Bearer ${s.token}` });

/**
 * A workshop that registered, completed its profile, uploaded its papers (NIB, NPWP and KTP as PDFs,
 * plus a photo of its trademark certificate as PNG) and submitted itself for review. Not approved:
 * it waits in the operator's "submitted" queue.
 */
export async function registerSubmittedSeller(request: APIRequestContext, stamp: string): Promise<SubmittedSeller> {
  const s = { email: `e2e-review-${stamp}@canting.test`, password: "rahasia-e2e-123", name: `Batik Tinjau ${stamp}`, handle: `batik-tinjau-${stamp}` };
  const token = await submitWorkshop(request, s, [{ kind: "trademark", file: pngDocument("merek.png") }]);
  return { ...s, token };
}

/** The seller's own view (`GET /sellers/me`): its status and the reason given with the latest change. */
export async function sellerView(request: APIRequestContext, seller: SubmittedSeller): Promise<{ status: string; latestReason: string | null }> {
  type Event = { to_status: string; reason: string | null; created_at: string };
  const { seller: me } = await ok<{ seller: { status: string; history?: Event[] } }>("GET /sellers/me", request.get(`${env.backendURL}/sellers/me`, { headers: auth(seller) }));
  const latest = [...(me.history ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at))[0];
  return { status: me.status, latestReason: latest?.reason ?? null };
}

/** The seller's status as the seller sees it. */
export async function sellerStatus(request: APIRequestContext, seller: SubmittedSeller): Promise<string> {
  return (await sellerView(request, seller)).status;
}

/** After the operator asked for changes: the seller edits its story and submits again. */
export async function editAndResubmit(request: APIRequestContext, seller: SubmittedSeller): Promise<void> {
  const B = env.backendURL;
  await ok("seller edit", request.post(`${B}/sellers/me`, {
    headers: auth(seller),
    data: { story: { id: "Usaha keluarga yang membatik tulis sejak 1998 (data demo, diperbaiki).", en: "A family workshop hand-drawing batik since 1998 (demo data, revised)." } },
  }));
  await ok("resubmit", request.post(`${B}/sellers/me/submit`, { headers: auth(seller), data: {} }));
}

/** An approved seller lists one published cloth; answers its product id and handle. */
export async function publishProduct(request: APIRequestContext, seller: SubmittedSeller, stamp: string): Promise<{ id: string; handle: string; title: string }> {
  const title = `Kain Tinjau ${stamp}`;
  const { product } = await ok<{ product: { id: string; handle: string } }>("create product", request.post(`${env.backendURL}/sellers/me/products`, {
    headers: auth(seller),
    data: {
      title: { id: title, en: `Review cloth ${stamp}` },
      description: { id: "Kain batik tulis untuk pengujian (demo).", en: "Hand-drawn batik cloth for testing (demo)." },
      status: "published", technique: "batik_tulis", dye_family: "natural", natural_dyes: ["indigofera"], synthetic_dyes: [],
      fabric: "mori_primissima", form: "kain_panjang", motifs: ["jlamprang"], length_cm: 250, width_cm: 105,
      variants: [{ size: "250x105", colour: "Biru", sku: `E2E-R-${stamp}`, prices: { idr: 900000, usd: 58 }, stock: 1 }],
    },
  }));
  return { ...product, title };
}

/** Whether the store API (what shoppers and the storefront read) lists the product with `handle`. */
export async function storeShowsProduct(request: APIRequestContext, handle: string): Promise<boolean> {
  const r = await request.get(`${env.backendURL}/store/products`, {
    params: { handle, fields: "id,handle" },
    headers: { "x-publishable-api-key": requirePublishableKey() },
  });
  expect(r.status(), `GET /store/products?handle=${handle}: ${await r.text()}`).toBe(200);
  const { products } = (await r.json()) as { products: { handle: string }[] };
  return products.some((p) => p.handle === handle);
}
