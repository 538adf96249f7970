import { execFileSync } from "node:child_process"
import { beforeAll, describe, expect, it } from "vitest"
import { ID_ADDRESS } from "../fixtures"
import { LISTING, PDF } from "../auth-helpers"
import { client, DEMO, scaledBackend, within } from "./client"

/**
 * The scaled shape as `REDIS_URL=… CANTING_SERVERS=2 npm start` runs it (scripts/lib/stack.mjs):
 * two Medusa HTTP servers on one port and one worker, sharing PostgreSQL and Redis (events,
 * workflows, locks, cache). Every call here opens its own connection, and Node's cluster hands
 * connections to the servers in turn, so a run of calls reaches both servers.
 */
const backend = scaledBackend()
const api = client(backend.url, backend.key)
const PROPAGATION_MS = 2000

type Clock = { offset_days: number; now: string; pid: number }
type Catalog = { facets: { eco_tags: { value: string; count: number }[] } }
type Product = { id: string; handle: string; variants: { id: string; calculated_price?: { calculated_amount: number } }[] }

/** The pids of the HTTP server processes (the cluster's children). */
const serverPids = () => {
  try {
    return execFileSync("pgrep", ["-P", String(backend.primaryPid)], { encoding: "utf8" }).trim().split("\n").filter(Boolean).map(Number).sort()
  } catch {
    return []
  }
}

/** `n` calls in a row, each on a new connection: what every server answers. */
const everyServer = <T>(n: number, ask: () => Promise<T>) => Array.from({ length: n }).reduce<Promise<T[]>>(async (acc) => [...(await acc), await ask()], Promise.resolve([]))

describe("two servers and a worker on Redis", () => {
  let sellerToken: string
  let adminToken: string
  let regionId: string
  let product: Product
  let workshopCertId: string

  /**
   * Shifts the backend clock (test-only route) to `days` from the system clock and waits until every
   * server answers the shift. It is one file that every process of the stack reads (src/lib/clock.ts),
   * the worker's included: the worker serves no routes to ask, and what shows that it took the shift
   * is the search index it writes by it.
   */
  async function setClock(days: number) {
    const set = await api.post("/admin/test/clock", { offset_days: days }, adminToken)
    if (set.status !== 200) throw new Error(`POST /admin/test/clock answered ${set.status}: the scaled stack runs with CANTING_TEST_CLOCK=1 (scripts/test.mjs)`)
    const clocks = async () => (await everyServer(4, () => api.get<{ clock: Clock }>("/admin/test/clock", adminToken))).map((r) => r.data.clock)
    await within(PROPAGATION_MS, clocks, (seen) => seen.every((c) => c.offset_days === days) && serverPids().every((pid) => seen.some((c) => c.pid === pid)))
  }

  beforeAll(async () => {
    sellerToken = await api.login("seller", DEMO.seller.email, DEMO.seller.password)
    adminToken = await api.login("user", DEMO.admin.email, DEMO.admin.password)
    // A run stopped in the middle of the expiry test leaves its shift in the shared clock.
    await setClock(0)
    const { data } = await api.get<{ regions: { id: string; countries: { iso_2: string }[] }[] }>("/store/regions")
    regionId = data.regions.find((r) => r.countries.some((c) => c.iso_2 === "id"))!.id
    const listing = { ...LISTING, status: "published", title: { id: "Kain Uji Klaster", en: "Cluster Test Cloth" }, variants: [{ size: "250x105", prices: { idr: 700_000, usd: 45 }, stock: 3 }] }
    const created = await api.post<{ product: Product }>("/sellers/me/products", listing, sellerToken)
    expect(created.status).toBe(201)
    product = created.data.product
  })

  it("runs two HTTP servers on one port and a worker", async () => {
    expect(serverPids()).toHaveLength(2)
    expect((await api.get("/health")).status).toBe(200)
    expect((await client(backend.workerUrl, backend.key).get("/health")).status).toBe(200)
  })

  /** A guest cart for one piece, addressed, with the workshop's shipping and a bank-transfer session. */
  async function readyCart(variantId: string, n: number) {
    const { data: { cart } } = await api.post<{ cart: { id: string } }>("/store/carts", { region_id: regionId })
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
    await api.post(`/store/carts/${cart.id}`, { email: `pembeli${n}@klaster.test`, shipping_address: ID_ADDRESS, billing_address: ID_ADDRESS })
    const { data: { shipping_options } } = await api.get<{ shipping_options: { id: string }[] }>(`/store/shipping-options?cart_id=${cart.id}`)
    const method = await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
    expect(method.status).toBe(200)
    const { data: { payment_collection } } = await api.post<{ payment_collection: { id: string } }>("/store/payment-collections", { cart_id: cart.id })
    await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    return cart.id
  }

  // With Medusa's in-memory locking module instead of the Redis one, each server locks only
  // against itself; run this way (docs/deploy.md), the same twenty checkouts placed more than three orders.
  it("twenty shoppers on both servers completing at once for the last 3 units: exactly 3 orders", async () => {
    const variantId = product.variants[0].id
    const carts: string[] = []
    for (let batch = 0; batch < 4; batch++) carts.push(...(await Promise.all(Array.from({ length: 5 }, (_, i) => readyCart(variantId, batch * 5 + i)))))

    const answers = await Promise.all(carts.map((id) => api.post<{ type?: string; code?: string }>(`/store/carts/${id}/complete`, {})))

    expect(answers.filter((a) => a.status === 200 && a.data.type === "order")).toHaveLength(3)
    expect(answers.filter((a) => a.status === 409 && a.data.code === "sold_out")).toHaveLength(17)
    const { data } = await api.get<{ product: Product & { variants: { inventory_quantity: number }[] } }>(`/store/products/${product.id}?region_id=${regionId}&fields=%2Bvariants.inventory_quantity`)
    expect(data.product.variants[0].inventory_quantity).toBe(0)
  }, 240_000)

  it("a seller's new price is what every server answers within 2 s: product and catalog", async () => {
    const variantId = product.variants[0].id
    const changed = await api.post(`/sellers/me/products/${product.id}/variants/${variantId}`, { prices: { idr: 825_000 }, stock: 5 }, sellerToken)
    expect(changed.status).toBe(200)
    const prices = async () => (await everyServer(6, () => api.get<{ product: Product }>(`/store/products/${product.id}?region_id=${regionId}&fields=*variants.calculated_price`)))
      .map((r) => r.data.product.variants[0].calculated_price?.calculated_amount)
    await within(PROPAGATION_MS, prices, (seen) => seen.every((p) => p === 825_000))
    const inCatalog = async () => (await everyServer(6, () => api.get<{ hits: { id: string; price: { amount: number } | null }[] }>("/store/catalog?q=klaster&currency=idr")))
      .map((r) => r.data.hits.find((h) => h.id === product.id)?.price?.amount)
    await within(PROPAGATION_MS, inCatalog, (seen) => seen.every((p) => p === 825_000))
  })

  it("server processes that die are replaced, and the replacements serve", async () => {
    const [victim, survivor] = serverPids()
    const regions = () => api.get("/store/regions").then((r) => r.status, () => 0)
    process.kill(victim, "SIGKILL")
    // A connection handed to the process in the instant it died is lost (a client or proxy retries
    // it); from the moment the cluster has seen the exit, the other server takes every call.
    await within(10_000, async () => serverPids(), (pids) => !pids.includes(victim))
    expect(await everyServer(6, regions)).toEqual([200, 200, 200, 200, 200, 200])
    await within(10_000, async () => serverPids(), (pids) => pids.length === 2 && pids.includes(survivor))
    // Now the other original dies too: whatever answers from here on is a replacement.
    process.kill(survivor, "SIGKILL")
    await within(10_000, async () => serverPids(), (pids) => !pids.includes(survivor))
    await within(150_000, regions, (status) => status === 200)
    const pids = serverPids()
    expect(pids).toHaveLength(2)
    expect(pids.filter((p) => p === victim || p === survivor)).toEqual([])
    // Both replacements serve, not only the first one up: the tests after this one ask every server
    // within 2 s, and a replacement still starting would answer none of their calls.
    const answering = async () => (await everyServer(4, () => api.get<{ clock: Clock }>("/admin/test/clock", adminToken))).map((r) => r.data.clock.pid)
    await within(150_000, answering, (seen) => pids.every((pid) => seen.includes(pid)))
  }, 300_000)

  it("an operator's verification of a certificate reaches every server within 2 s: workshop page and the listing's eco tags", async () => {
    const { data: { seller } } = await api.get<{ seller: { handle: string } }>("/sellers/me", sellerToken)
    // A demo report (issuer and number say so), claimed with a PDF as the portal sends it.
    const form = new FormData()
    const fields = { scheme: "ipal_effluent_test", subject_type: "seller", issuer: "DEMO Lab Lingkungan (uji klaster)", number: "DEMO-IPAL-KLASTER", expires_at: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10) }
    for (const [k, v] of Object.entries(fields)) form.append(k, v)
    form.append("files", new Blob([new Uint8Array(PDF)], { type: "application/pdf" }), "ipal.pdf")
    const claimed = await fetch(new URL("/sellers/me/certifications", backend.url), { method: "POST", body: form, headers: { authorization: `Bearer ${sellerToken}` } })
    expect(claimed.status).toBe(201)
    const { certificate } = (await claimed.json()) as { certificate: { id: string } }
    workshopCertId = certificate.id
    const verified = await api.post(`/admin/certifications/${certificate.id}/verify`, { method: "document_inspection" }, adminToken)
    expect(verified.status).toBe(200)
    const seen = async () => [
      ...(await everyServer(4, () => api.get<{ seller: { certificates: { id: string }[] } }>(`/store/sellers/${seller.handle}`)))
        .map((r) => r.data.seller.certificates.some((c) => c.id === certificate.id)),
      ...(await everyServer(4, () => api.get<{ eco_tags: string[] }>(`/store/certifications?product_id=${product.id}`)))
        .map((r) => r.data.eco_tags.includes("wastewater_treated")),
    ]
    await within(PROPAGATION_MS, seen, (all) => all.every(Boolean))
  })

  it("a certificate's expiry reaches every server within 2 s: workshop page, the listing's eco tags and the catalog's eco facet", async () => {
    const { data: { seller } } = await api.get<{ seller: { handle: string } }>("/sellers/me", sellerToken)
    // The workshop's IPAL report verified above: on its page, as the listing's eco tag and in the eco facet of its catalog.
    const shown = async () => [
      ...(await everyServer(4, () => api.get<{ seller: { certificates: { id: string }[]; eco_tags: string[] } }>(`/store/sellers/${seller.handle}`)))
        .flatMap((r) => [r.data.seller.certificates.some((c) => c.id === workshopCertId), r.data.seller.eco_tags.includes("wastewater_treated")]),
      ...(await everyServer(4, () => api.get<{ eco_tags: string[] }>(`/store/certifications?product_id=${product.id}`)))
        .map((r) => r.data.eco_tags.includes("wastewater_treated")),
      ...(await everyServer(4, () => api.get<Catalog>(`/store/catalog?seller=${seller.handle}`)))
        .map((r) => r.data.facets.eco_tags.some((f) => f.value === "wastewater_treated" && f.count > 0)),
    ]
    await within(10_000, shown, (seen) => seen.every(Boolean))
    try {
      // The day after it expires (300 days). The seed's own IPAL report for this workshop (DEMO-IPAL-0002,
      // 40 days) has expired by then too: no certificate is left to earn the tag.
      await setClock(301)
      // The job through a server, not the worker: Medusa's worker mode loads no routes (it answers only
      // /health). Its `certification.expired` events reach the worker through Redis, as the daily run's do.
      const run = await api.post<{ run: { expired: string[] } }>("/admin/test/jobs/expire-certifications", {}, adminToken)
      expect(run.data.run.expired).toContain(workshopCertId)
      await within(PROPAGATION_MS, shown, (seen) => seen.every((s) => !s))
    } finally {
      await setClock(0)
    }
  })

  it("an event sent while the worker is down is handled once it is back: the catalog catches up, nothing is lost", async () => {
    const worker = client(backend.workerUrl, backend.key)
    const workerUp = () => worker.get("/health").then((r) => r.status === 200, () => false)
    const inCatalog = async () => (await everyServer(4, () => api.get<{ hits: { id: string; price: { amount: number } | null }[] }>("/store/catalog?q=klaster&currency=idr")))
      .map((r) => r.data.hits.find((h) => h.id === product.id)?.price?.amount)
    // The worker dies (a crash, an OOM kill): no graceful shutdown, whatever it held is dropped.
    process.kill(backend.workerPid, "SIGKILL")
    await within(5_000, workerUp, (up) => !up)
    // The servers take the seller's change and queue its events in Redis for the worker.
    const variantId = product.variants[0].id
    const changed = await api.post(`/sellers/me/products/${product.id}/variants/${variantId}`, { prices: { idr: 850_000 } }, sellerToken)
    expect(changed.status).toBe(200)
    // While it is down the catalog (the index is the worker's to write) still shows the old price.
    const meanwhile = await inCatalog()
    expect(await workerUp()).toBe(false)
    expect(meanwhile).toEqual([825_000, 825_000, 825_000, 825_000])
    // npm start's supervisor starts the worker again (scripts/lib/proc.mjs); it then takes the queued events.
    await within(180_000, workerUp, (up) => up)
    await within(30_000, inCatalog, (seen) => seen.every((p) => p === 850_000))
  }, 300_000)

  it("an operator's suspension reaches every server within 2 s: product, catalog and workshop page are gone", async () => {
    const { data: { seller } } = await api.get<{ seller: { id: string; handle: string } }>("/sellers/me", sellerToken)
    const suspended = await api.post(`/admin/sellers/${seller.id}/suspend`, { reason: "Uji klaster: penangguhan sementara" }, adminToken)
    expect(suspended.status).toBe(200)
    const gone = async () => [
      ...(await everyServer(4, () => api.get(`/store/products/${product.id}?region_id=${regionId}`))).map((r) => r.status === 404),
      ...(await everyServer(4, () => api.get(`/store/sellers/${seller.handle}`))).map((r) => r.status === 404),
      ...(await everyServer(4, () => api.get<{ count: number }>(`/store/catalog?seller=${seller.handle}`))).map((r) => r.status === 200 && r.data.count === 0),
    ]
    await within(PROPAGATION_MS, gone, (seen) => seen.every(Boolean))
  })
})
