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

/**
 * A published product the seller has not written English for: the store API in en-US flags its
 * title as untranslated (the demo data keeps one such piece, labelled in its Indonesian description).
 */
export async function findUntranslatedProduct(request: APIRequestContext): Promise<StoreProduct> {
  const response = await request.get(`${env.backendURL}/store/products`, {
    params: { limit: 100, fields: "+metadata", locale: "en-US" },
    headers: { "x-publishable-api-key": requirePublishableKey() },
  });
  expect(response.status(), `GET ${env.backendURL}/store/products: ${await response.text()}`).toBe(200);
  const { products } = (await response.json()) as { products: (StoreProduct & { translated?: { title: boolean } })[] };
  const product = products.find((p) => p.translated?.title === false);
  expect(product, `no product without English copy among ${products.length}; the demo seed keeps one`).toBeTruthy();
  return product!;
}
