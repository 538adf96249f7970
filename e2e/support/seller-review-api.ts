import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { env, requirePublishableKey } from "./env";

/** A workshop as the seller API knows it, with the seller's own token for `/sellers/me/*`. */
export type SubmittedSeller = { email: string; password: string; name: string; handle: string; token: string };

/**
 * A real one-page PDF (A6, one line of text, a correct xref table), so Chromium's PDF viewer can
 * render it inside the admin, unlike a bare `%PDF-` header.
 */
export function onePagePdf(text: string): Buffer {
  const content = `BT /F1 14 Tf 20 360 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: onePagePdf(`DEMO ${name} - not a real document`) });

/** An 8×8 PNG (a brick-red square): an image document the backend accepts by content. */
export const pngDocument = (name: string) => ({
  name, mimeType: "image/png",
  buffer: Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGNYoCGHFTEMLQkAmJI5gVP8ZfsAAAAASUVORK5CYII=",
    "base64",
  ),
});

async function ok<T>(what: string, response: Promise<APIResponse>): Promise<T> {
  const r = await response;
  expect(r.ok(), `${what}: ${r.status()} ${await r.text()}`).toBe(true);
  return (await r.json()) as T;
}

const auth = (s: SubmittedSeller) => ({ authorization: `Bearer ${s.token}` });

/**
 * A workshop that registered, completed its profile, uploaded its papers (NIB, NPWP and KTP as PDFs,
 * plus a photo of its trademark certificate as PNG) and submitted itself for review. Not approved:
 * it waits in the operator's "submitted" queue.
 */
export async function registerSubmittedSeller(request: APIRequestContext, stamp: string): Promise<SubmittedSeller> {
  const B = env.backendURL;
  const s = { email: `e2e-review-${stamp}@canting.test`, password: "rahasia-e2e-123", name: `Batik Tinjau ${stamp}`, handle: `batik-tinjau-${stamp}` };
  const { token: registration } = await ok<{ token: string }>("seller register", request.post(`${B}/auth/seller/emailpass/register`, { data: { email: s.email, password: s.password } }));
  await ok("create seller", request.post(`${B}/sellers`, {
    headers: { authorization: `Bearer ${registration}` },
    data: { name: s.name, handle: s.handle, owner_name: "Siti Aminah", phone: "+6281234567890" },
  }));
  const { token } = await ok<{ token: string }>("seller login", request.post(`${B}/auth/seller/emailpass`, { data: { email: s.email, password: s.password } }));
  const seller = { ...s, token };
  await ok("seller profile", request.post(`${B}/sellers/me`, {
    headers: auth(seller),
    data: {
      email: s.email, sentra: "kauman", nib: "9120001234567", npwp: "3375012345678901", kbli: ["13134"],
      scale_basis: "modal_usaha", declared_amount_idr: 150000000,
      street: "Jl. Hasanuddin No. 12", kelurahan: "Kauman", kecamatan: "Pekalongan Timur", city: "Kota Pekalongan", province: "Jawa Tengah", postcode: "51128",
      founded_year: 1998, techniques: ["batik_tulis"], capacity: [{ technique: "batik_tulis", units_per_month: 40, lead_time_days: 30 }],
      wastewater_method: "own_ipal", workforce_total: 8, workforce_bpjs: 4, artisans_over_50: 2, apprentices_under_25: 1,
      story: { id: "Usaha keluarga yang membatik tulis (data demo untuk pengujian).", en: "A family workshop hand-drawing batik (demo data for testing)." },
    },
  }));
  for (const kind of ["nib", "npwp", "ktp"]) {
    await ok(`document ${kind}`, request.post(`${B}/sellers/me/documents`, { headers: auth(seller), multipart: { kind, file: pdf(`${kind}.pdf`) } }));
  }
  await ok("document trademark", request.post(`${B}/sellers/me/documents`, { headers: auth(seller), multipart: { kind: "trademark", file: pngDocument("merek.png") } }));
  await ok("submit", request.post(`${B}/sellers/me/submit`, { headers: auth(seller), data: {} }));
  return seller;
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
