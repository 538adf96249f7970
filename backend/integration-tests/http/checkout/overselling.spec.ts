import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCheckoutFixture, readyCart, stockLevel, storeHeaders, type CheckoutFixture } from "./checkout-fixture"

const fail = (e: { response?: unknown }) => e.response

// Its own file: twenty checkouts take a while, and every spec file has its own time limit.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CheckoutFixture
    const h = (extra: Record<string, string> = {}) => storeHeaders(fixture.key, extra)
    const getCart = async (id: string) => (await api.get(`/store/carts/${id}`, h())).data.cart
    const ordersOfCart = async (cartId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data
    }

    beforeEach(async () => {
      fixture = await createCheckoutFixture(getContainer(), { stock: 3 })
    })

    describe("no overselling", () => {
      it("twenty shoppers completing at once for the last 3 units: exactly 3 orders, 17 clear 409 sold_out, their carts kept", async () => {
        const carts: string[] = []
        for (let batch = 0; batch < 4; batch++) {
          carts.push(...(await Promise.all(Array.from({ length: 5 }, () => readyCart(api, fixture)))).map((c) => c.cartId))
        }

        const responses = await Promise.all(carts.map((id) => api.post(`/store/carts/${id}/complete`, {}, h()).catch(fail)))

        const placed = responses.filter((r) => r.status === 200 && r.data.type === "order")
        const soldOut = responses.filter((r) => r.status === 409)
        expect(placed).toHaveLength(3)
        expect(soldOut).toHaveLength(17)
        expect(responses.every((r) => r.status === 200 || r.status === 409)).toBe(true)
        for (const r of soldOut) {
          expect(r.data.code).toBe("sold_out")
          expect(r.data.message).toMatch(/stok habis/i)
          expect(r.data.errors).toEqual([expect.objectContaining({ field: "items", code: "sold_out", message: r.data.message })])
          expect(r.data.shortages).toEqual([{ variant_id: fixture.variant.id, requested: 1, available: 0 }])
        }
        // Inventory is reserved for the three orders, never beyond what is stocked.
        expect(await stockLevel(getContainer(), fixture)).toEqual({ stocked: 3, reserved: 3 })

        // The 17 carts are intact: not completed, no order, still readable and editable.
        const lost = carts.filter((_, i) => responses[i].status === 409)
        for (const id of lost) {
          const cart = await getCart(id)
          expect(cart.completed_at).toBeNull()
          expect(cart.items).toHaveLength(1)
          expect(await ordersOfCart(id)).toEqual([])
        }
        const edited = await api.post(`/store/carts/${lost[0]}`, { email: "lagi@contoh.test" }, h())
        expect(edited.data.cart.email).toBe("lagi@contoh.test")
        // Completing again still says sold out, in English when asked.
        const again = await api.post(`/store/carts/${lost[0]}/complete`, {}, h({ "x-medusa-locale": "en-US" })).catch(fail)
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/^Sold out/)
      }, 240_000)
    })
  },
})
