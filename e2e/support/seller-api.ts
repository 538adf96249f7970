import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { approveSeller } from "./admin-api";
import { env } from "./env";

export type ApiSeller = { email: string; password: string; name: string; handle: string; productTitle: string; productHandle: string };

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

/** A document upload: a one-page demo PDF named after its kind. */
export const pdfDocument = (name: string) => ({ name, mimeType: "application/pdf", buffer: onePagePdf(`DEMO ${name} - not a real document`) });

type Upload = { name: string; mimeType: string; buffer: Buffer };
export type WorkshopAccount = { email: string; password: string; name: string; handle: string };

export async function ok<T>(what: string, response: Promise<APIResponse>): Promise<T> {
  const r = await response;
  expect(r.ok(), `${what}: ${r.status()} ${await r.text()}`).toBe(true);
  return (await r.json()) as T;
}

/**
 * A workshop that registered through the seller API, completed its profile, uploaded its papers
 * (NIB, NPWP and KTP as PDFs, plus any `extra` documents) and submitted itself for review; returns
 * the seller's own token for `/sellers/me/*`.
 */
export async function submitWorkshop(request: APIRequestContext, s: WorkshopAccount, extra: { kind: string; file: Upload }[] = []): Promise<string> {
  const B = env.backendURL;
  const { token: registration } = await ok<{ token: string }>("seller register", request.post(`${B}/auth/seller/emailpass/register`, { data: { email: s.email, password: s.password } }));
  await ok("create seller", request.post(`${B}/sellers`, {
    headers: { authorization: `Bearer ${registration}` },
    data: { name: s.name, handle: s.handle, owner_name: "Siti Aminah", phone: "+6281234567890" },
  }));
  const { token } = await ok<{ token: string }>("seller login", request.post(`${B}/auth/seller/emailpass`, { data: { email: s.email, password: s.password } }));
  const headers = { authorization: `Bearer ${token}` };
  await ok("seller profile", request.post(`${B}/sellers/me`, {
    headers,
    data: {
      email: s.email, sentra: "kauman", nib: "9120001234567", npwp: "3375012345678901", kbli: ["13134"],
      scale_basis: "modal_usaha", declared_amount_idr: 150000000,
      street: "Jl. Hasanuddin No. 12", kelurahan: "Kauman", kecamatan: "Pekalongan Timur", city: "Kota Pekalongan", province: "Jawa Tengah", postcode: "51128",
      founded_year: 1998, techniques: ["batik_tulis"], capacity: [{ technique: "batik_tulis", units_per_month: 40, lead_time_days: 30 }],
      wastewater_method: "own_ipal", workforce_total: 8, workforce_bpjs: 4, artisans_over_50: 2, apprentices_under_25: 1,
      story: { id: "Usaha keluarga yang membatik tulis (data demo untuk pengujian).", en: "A family workshop hand-drawing batik (demo data for testing)." },
    },
  }));
  const documents = [...["nib", "npwp", "ktp"].map((kind) => ({ kind, file: pdfDocument(`${kind}.pdf`) })), ...extra];
  for (const { kind, file } of documents) {
    await ok(`document ${kind}`, request.post(`${B}/sellers/me/documents`, { headers, multipart: { kind, file } }));
  }
  await ok("submit", request.post(`${B}/sellers/me/submit`, { headers, data: {} }));
  return token;
}

/**
 * A workshop that went through the whole seller API (the portal's UI for it is covered by
 * seller-journey.spec.ts): registered, profile complete, documents uploaded, submitted, approved
 * by the operator, and one published cloth with `stock` pieces in stock.
 */
export async function createApprovedSellerWithProduct(request: APIRequestContext, stamp: string, { stock = 2, priceIdr = 850000, priceUsd = 55 } = {}): Promise<ApiSeller> {
  const s = { email: `e2e-shop-${stamp}@canting.test`, password: "rahasia-e2e-123", name: `Batik Toko ${stamp}`, handle: `batik-toko-${stamp}` };
  const token = await submitWorkshop(request, s);
  const headers = { authorization: `Bearer ${token}` };
  const B = env.backendURL;
  await approveSeller(request, s.handle);
  const productTitle = `Kain Uji ${stamp}`;
  const { product } = await ok<{ product: { id: string; handle: string } }>("create product", request.post(`${B}/sellers/me/products`, {
    headers,
    data: {
      title: { id: productTitle, en: `Test cloth ${stamp}` },
      description: { id: "Kain batik tulis untuk pengujian (demo).", en: "Hand-drawn batik cloth for testing (demo)." },
      status: "published", technique: "batik_tulis", dye_family: "natural", natural_dyes: ["indigofera"], synthetic_dyes: [],
      fabric: "mori_primissima", form: "kain_panjang", motifs: ["jlamprang"], length_cm: 250, width_cm: 105,
      variants: [{ size: "250x105", colour: "Biru", sku: `E2E-${stamp}`, prices: { idr: priceIdr, usd: priceUsd }, stock }],
    },
  }));
  return { ...s, productTitle, productHandle: product.handle };
}
