import { expect, type APIRequestContext } from "@playwright/test";
import { approveSeller } from "./admin-api";
import { env } from "./env";

export type ApiSeller = { email: string; password: string; name: string; handle: string; productTitle: string; productHandle: string };

/** A small PDF the backend accepts by content (it sniffs the `%PDF-` magic). */
const pdf = (name: string) => ({
  name, mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
});

async function ok<T>(what: string, response: Promise<import("@playwright/test").APIResponse>): Promise<T> {
  const r = await response;
  expect(r.ok(), `${what}: ${r.status()} ${await r.text()}`).toBe(true);
  return (await r.json()) as T;
}

/**
 * A workshop that went through the whole seller API (the portal's UI for it is covered by
 * seller-journey.spec.ts): registered, profile complete, documents uploaded, submitted, approved
 * by the operator, and one published cloth with `stock` pieces in stock.
 */
export async function createApprovedSellerWithProduct(request: APIRequestContext, stamp: string, { stock = 2, priceIdr = 850000, priceUsd = 55 } = {}): Promise<ApiSeller> {
  const s = { email: `e2e-shop-${stamp}@canting.test`, password: "rahasia-e2e-123", name: `Batik Toko ${stamp}`, handle: `batik-toko-${stamp}` };
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
  for (const kind of ["nib", "npwp", "ktp"]) {
    await ok(`document ${kind}`, request.post(`${B}/sellers/me/documents`, { headers, multipart: { kind, file: pdf(`${kind}.pdf`) } }));
  }
  await ok("submit", request.post(`${B}/sellers/me/submit`, { headers, data: {} }));
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
