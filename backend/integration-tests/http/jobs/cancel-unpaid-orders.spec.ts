import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import cancelUnpaidOrdersJob from "../../../src/jobs/cancel-unpaid-orders"
import { setClockOffsetDays } from "../../../src/lib/clock"
import { ORDER_ACCESS_HEADER } from "../../../src/api/store/orders/access"
import { createCheckoutFixture, readyCart, stockLevel, storeHeaders, type CheckoutFixture } from "../checkout/checkout-fixture"
import type { WithId } from "../../api-types"

// Issue #14 point 12: a bank-transfer order that is never paid gives its pieces back. The daily job
// cancels it after CANTING_UNPAID_ORDER_DAYS days (3 by default) and tells the shopper and the workshop.
// The fixture's cloth (3 in stock) belongs to the workshop "Bengkel Uji" (owner@uji.test).

const SELLER_EMAIL = "owner@uji.test"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CheckoutFixture

    /** A bank-transfer checkout through the store API; the placed order. */
    async function placeOrder(quantity = 1) {
      const { cartId } = await readyCart(api, fixture, { quantity })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(fixture.key))
      expect(data.type).toBe("order")
      return { ...(data.order as { id: string; email: string; display_id: number }), cartId }
    }

    /** The transfer arrived: the operator captures the payment. */
    async function markPaid(orderId: string) {
      const { data: [order] } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId },
      })
      for (const payment of (order as { payment_collections: { payments: WithId[] }[] }).payment_collections.flatMap((c) => c.payments)) {
        await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: payment.id } })
      }
    }

    const order = async (id: string) => (await getContainer().resolve(Modules.ORDER).retrieveOrder(id, { select: ["id", "status"] })).status
    const reservationsOf = async (id: string) => {
      const { data: [o] } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.id"], filters: { id } })
      return getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: (o as { items: WithId[] }).items.map((i) => i.id) })
    }
    const sent = async (template: string) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template })).map((n) => ({ to: n.to, order_id: n.data?.order_id }))
    const job = () => cancelUnpaidOrdersJob(getContainer())

    beforeEach(async () => {
      process.env.CANTING_TEST_CLOCK = "1"
      setClockOffsetDays(0)
      delete process.env.CANTING_UNPAID_ORDER_DAYS
      fixture = await createCheckoutFixture(getContainer(), { stock: 3 })
    })

    afterEach(() => {
      vi.restoreAllMocks()
      setClockOffsetDays(0)
      delete process.env.CANTING_TEST_CLOCK
      delete process.env.CANTING_UNPAID_ORDER_DAYS
    })

    describe("daily unpaid-order job", () => {
      it("cancels a bank-transfer order unpaid after 3 days, puts its piece back on sale, tells the shopper and the workshop once, and leaves paid and younger orders alone", async () => {
        const unpaid = await placeOrder()
        const paid = await placeOrder()
        await markPaid(paid.id)
        expect(await stockLevel(getContainer(), fixture)).toEqual({ stocked: 3, reserved: 2 })

        // Two days on: still within the 3 days to pay.
        setClockOffsetDays(2)
        expect(await job()).toEqual(expect.objectContaining({ days: 3, canceled: [], notified: [], failed: [] }))
        expect(await order(unpaid.id)).toBe("pending")
        expect(await reservationsOf(unpaid.id)).toHaveLength(1)

        // Four days on: the unpaid order is cancelled and its piece is free again; the paid one stays.
        setClockOffsetDays(4)
        expect(await job()).toEqual(expect.objectContaining({ days: 3, canceled: [unpaid.id], notified: [unpaid.id], failed: [] }))
        expect(await order(unpaid.id)).toBe("canceled")
        expect(await reservationsOf(unpaid.id)).toEqual([])
        expect(await order(paid.id)).toBe("pending")
        expect(await reservationsOf(paid.id)).toHaveLength(1)
        expect(await stockLevel(getContainer(), fixture)).toEqual({ stocked: 3, reserved: 1 })
        expect(await sent("order-canceled-unpaid")).toEqual([{ to: unpaid.email, order_id: unpaid.id }])
        expect(await sent("seller-order-canceled-unpaid")).toEqual([{ to: SELLER_EMAIL, order_id: unpaid.id }])
        const [told] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-canceled-unpaid" })
        expect(told.data).toEqual(expect.objectContaining({ display_id: unpaid.display_id, days: 3, items: [expect.objectContaining({ title: "Kain Batik Tulis Uji (demo)", quantity: 1 })] }))

        // The shopper sees it cancelled.
        const { data: { order: shown } } = await api.get(`/store/orders/${unpaid.id}`, storeHeaders(fixture.key, { [ORDER_ACCESS_HEADER]: unpaid.cartId }))
        expect(shown.status).toBe("canceled")

        // Again the same day: nothing more changes and nobody hears twice.
        expect(await job()).toEqual(expect.objectContaining({ canceled: [], notified: [], failed: [] }))
        expect(await sent("order-canceled-unpaid")).toHaveLength(1)
        expect(await sent("seller-order-canceled-unpaid")).toHaveLength(1)
        expect(await order(paid.id)).toBe("pending")

        // The two released-and-left pieces can be bought again.
        await placeOrder(2)
        expect(await stockLevel(getContainer(), fixture)).toEqual({ stocked: 3, reserved: 3 })
      })

      it("follows CANTING_UNPAID_ORDER_DAYS, and falls back to 3 days with a warning when the value is not a positive whole number", async () => {
        const unpaid = await placeOrder()
        setClockOffsetDays(4)
        process.env.CANTING_UNPAID_ORDER_DAYS = "5"
        expect(await job()).toEqual(expect.objectContaining({ days: 5, canceled: [] }))
        expect(await order(unpaid.id)).toBe("pending")

        const warn = vi.spyOn(getContainer().resolve(ContainerRegistrationKeys.LOGGER), "warn")
        process.env.CANTING_UNPAID_ORDER_DAYS = "tiga"
        expect(await job()).toEqual(expect.objectContaining({ days: 3, canceled: [unpaid.id] }))
        expect(warn).toHaveBeenCalledWith(expect.stringContaining("CANTING_UNPAID_ORDER_DAYS"))
        expect(await order(unpaid.id)).toBe("canceled")
      })

      it("handles each order on its own: one that cannot be cancelled and one whose people cannot be told do not stop the others, and both are finished on the next run", async () => {
        const stuck = await placeOrder() // its cancellation fails
        const untold = await placeOrder() // cancelled, but the shopper's mailbox is down
        const fine = await placeOrder()
        const orders = getContainer().resolve(Modules.ORDER)
        const cancel = orders.cancel.bind(orders)
        const cancelSpy = vi.spyOn(orders, "cancel").mockImplementation((async (ids: string | string[], ...rest: unknown[]) => {
          if ([ids].flat().includes(stuck.id)) throw new Error("database hiccup")
          return (cancel as (...args: unknown[]) => Promise<unknown>)(ids, ...rest)
        }) as unknown as typeof orders.cancel) // one mock stands in for every overload
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const create = notifications.createNotifications.bind(notifications)
        const mailSpy = vi.spyOn(notifications, "createNotifications").mockImplementation((async (data: CreateNotificationDTO | CreateNotificationDTO[]) => {
          if ([data].flat().some((n) => n.to === untold.email)) throw new Error("mail server unreachable")
          return create(data as CreateNotificationDTO[])
        }) as unknown as typeof notifications.createNotifications) // one mock stands in for every overload
        const logged = vi.spyOn(getContainer().resolve(ContainerRegistrationKeys.LOGGER), "error")

        setClockOffsetDays(4)
        const first = await job()
        expect([...first.canceled].sort()).toEqual([untold.id, fine.id].sort())
        expect(first.notified).toEqual([fine.id])
        expect([...first.failed].sort()).toEqual([stuck.id, untold.id].sort())
        expect(logged).toHaveBeenCalledWith(expect.stringContaining(stuck.id))
        expect(logged).toHaveBeenCalledWith(expect.stringContaining(untold.id))
        expect(await order(stuck.id)).toBe("pending")
        expect(await reservationsOf(stuck.id)).toHaveLength(1) // still holds its piece
        expect(await order(untold.id)).toBe("canceled")

        cancelSpy.mockRestore()
        mailSpy.mockRestore()
        const second = await job()
        expect(second.canceled).toEqual([stuck.id])
        expect([...second.notified].sort()).toEqual([stuck.id, untold.id].sort())
        expect(second.failed).toEqual([])
        expect(await order(stuck.id)).toBe("canceled")
        expect(await stockLevel(getContainer(), fixture)).toEqual({ stocked: 3, reserved: 0 })
        const shoppers = (await sent("order-canceled-unpaid")).map((n) => n.order_id).sort()
        expect(shoppers).toEqual([stuck.id, untold.id, fine.id].sort())
        expect((await sent("seller-order-canceled-unpaid")).map((n) => n.order_id).sort()).toEqual([stuck.id, untold.id, fine.id].sort())
      })
    })
  },
})
