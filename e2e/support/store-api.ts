import { expect, type APIRequestContext } from "@playwright/test";
import { env, requirePublishableKey } from "./env";
import type { Technique } from "./texts";

export type StoreProduct = {
  id: string;
  handle: string;
  title: string;
  metadata: Record<string, unknown> | null;
};

/** Published products straight from the Medusa store API (base language, with metadata). */
export async function listStoreProducts(request: APIRequestContext): Promise<StoreProduct[]> {
  const response = await request.get(`${env.backendURL}/store/products`, {
    params: { limit: 100, fields: "+metadata" },
    headers: { "x-publishable-api-key": requirePublishableKey() },
  });
  expect(response.status(), `GET ${env.backendURL}/store/products: ${await response.text()}`).toBe(200);
  const body = (await response.json()) as { products: StoreProduct[] };
  return body.products;
}

/** The first published product whose metadata.technique is `technique`; fails the test when there is none. */
export async function findProductByTechnique(request: APIRequestContext, technique: Technique): Promise<StoreProduct> {
  const products = await listStoreProducts(request);
  const product = products.find((p) => p.metadata?.technique === technique);
  expect(product, `no published product with metadata.technique = ${technique} among ${products.length}`).toBeTruthy();
  return product!;
}

type EnglishProduct = StoreProduct & { translated?: { title: boolean } };

/** Published products as the store API answers in en-US: each says whether its title is translated. */
async function listProductsInEnglish(request: APIRequestContext): Promise<EnglishProduct[]> {
  const response = await request.get(`${env.backendURL}/store/products`, {
    params: { limit: 100, fields: "+metadata", locale: "en-US" },
    headers: { "x-publishable-api-key": requirePublishableKey() },
  });
  expect(response.status(), `GET ${env.backendURL}/store/products: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { products: EnglishProduct[] }).products;
}

/**
 * A published product the seller has not written English for: the store API in en-US flags its
 * title as untranslated (the demo data keeps one such piece, labelled in its Indonesian description).
 */
export async function findUntranslatedProduct(request: APIRequestContext): Promise<StoreProduct> {
  const products = await listProductsInEnglish(request);
  const product = products.find((p) => p.translated?.title === false);
  expect(product, `no product without English copy among ${products.length}; the demo seed keeps one`).toBeTruthy();
  return product!;
}

/** Handles of the published products whose title the seller has written in English. */
export async function translatedHandles(request: APIRequestContext): Promise<Set<string>> {
  const handles = new Set((await listProductsInEnglish(request)).filter((p) => p.translated?.title === true).map((p) => p.handle));
  expect(handles.size, "no product with an English title").toBeGreaterThan(0);
  return handles;
}
