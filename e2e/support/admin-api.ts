import { expect, type APIRequestContext } from "@playwright/test";
import { env } from "./env";

/** Signs the operator in (`POST /auth/user/emailpass`) and answers the admin JWT. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${env.backendURL}/auth/user/emailpass`, {
    data: { email: env.adminEmail, password: env.adminPassword },
  });
  expect(response.status(), `admin login as ${env.adminEmail}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** Approves the seller with `handle` as the operator would in the admin: find it by `q`, then approve. */
export async function approveSeller(request: APIRequestContext, handle: string): Promise<void> {
  const headers = { authorization: `Bearer ${await adminToken(request)}` };
  const list = await request.get(`${env.backendURL}/admin/sellers`, { params: { q: handle }, headers });
  expect(list.status(), `GET /admin/sellers?q=${handle}: ${await list.text()}`).toBe(200);
  const { sellers } = (await list.json()) as { sellers: { id: string; handle: string }[] };
  const seller = sellers.find((s) => s.handle === handle);
  expect(seller, `no seller with handle ${handle} among ${sellers.length}`).toBeTruthy();
  const approve = await request.post(`${env.backendURL}/admin/sellers/${seller!.id}/approve`, { data: {}, headers });
  expect(approve.status(), `approve ${handle}: ${await approve.text()}`).toBe(200);
}

/**
 * Captures the payment of the order numbered `displayId`, as the operator does in the Medusa admin
 * when the bank transfer arrives (`POST /admin/payments/:id/capture`); sellers may ship only after.
 */
export async function capturePaymentOfOrder(request: APIRequestContext, displayId: string): Promise<void> {
  const headers = { authorization: `Bearer ${await adminToken(request)}` };
  const list = await request.get(`${env.backendURL}/admin/orders`, {
    params: { fields: "id,display_id,payment_collections.payments.id", limit: 50, order: "-created_at" }, headers,
  });
  expect(list.status(), `GET /admin/orders: ${await list.text()}`).toBe(200);
  const { orders } = (await list.json()) as { orders: { id: string; display_id: number; payment_collections?: { payments?: { id: string }[] }[] }[] };
  const order = orders.find((o) => String(o.display_id) === displayId);
  expect(order, `no order #${displayId} among ${orders.length}`).toBeTruthy();
  const payments = (order!.payment_collections ?? []).flatMap((c) => c.payments ?? []);
  expect(payments.length, `order #${displayId} has no payment`).toBeGreaterThan(0);
  for (const payment of payments) {
    const capture = await request.post(`${env.backendURL}/admin/payments/${payment.id}/capture`, { data: {}, headers });
    expect(capture.status(), `capture ${payment.id}: ${await capture.text()}`).toBe(200);
  }
}
