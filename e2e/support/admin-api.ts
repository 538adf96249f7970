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
