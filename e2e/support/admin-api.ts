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

const TEST_CLOCK_HINT =
  "The backend's test-only clock routes answer 404 unless it runs with CANTING_TEST_CLOCK=1 " +
  "(`npm test` sets it for the e2e stack; set it yourself for a stack you started).";

/** Test only: shifts the backend clock `days` from the system clock (0 puts it back). */
export async function setBackendClock(request: APIRequestContext, days: number): Promise<void> {
  const response = await request.post(`${env.backendURL}/admin/test/clock`, {
    data: { offset_days: days }, headers: { authorization: `Bearer ${await adminToken(request)}` },
  });
  expect(response.status(), `POST /admin/test/clock: ${await response.text()}. ${TEST_CLOCK_HINT}`).toBe(200);
}

/** Test only: runs the daily certificate expiry job now; answers the ids it announced as expired. */
export async function runCertificateExpiryJob(request: APIRequestContext): Promise<string[]> {
  const response = await request.post(`${env.backendURL}/admin/test/jobs/expire-certifications`, {
    data: {}, headers: { authorization: `Bearer ${await adminToken(request)}` },
  });
  expect(response.status(), `POST /admin/test/jobs/expire-certifications: ${await response.text()}. ${TEST_CLOCK_HINT}`).toBe(200);
  return ((await response.json()) as { run: { expired: string[] } }).run.expired;
}

/** The operator's view of the certificate numbered `number` (among the first 100 of that scheme and status). */
export async function findCertificate(request: APIRequestContext, { number, scheme, status }: { number: string; scheme: string; status: string }): Promise<{ id: string; status: string; display_state: string }> {
  const response = await request.get(`${env.backendURL}/admin/certifications`, {
    params: { status, scheme, limit: 100 }, headers: { authorization: `Bearer ${await adminToken(request)}` },
  });
  expect(response.status(), `GET /admin/certifications: ${await response.text()}`).toBe(200);
  const { certificates } = (await response.json()) as { certificates: { id: string; number: string; status: string; display_state: string }[] };
  const cert = certificates.find((c) => c.number === number);
  expect(cert, `no ${status} certificate numbered ${number}`).toBeTruthy();
  return cert!;
}

/** Revokes a certificate as the operator (clean-up: hides it everywhere, for good). */
export async function revokeCertificate(request: APIRequestContext, id: string, note: string): Promise<void> {
  const response = await request.post(`${env.backendURL}/admin/certifications/${id}/revoke`, {
    data: { note }, headers: { authorization: `Bearer ${await adminToken(request)}` },
  });
  expect(response.status(), `revoke ${id}: ${await response.text()}`).toBe(200);
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
