import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { isOutboxId, listOutbox, newOutboxId, readOutbox, writeOutboxMessage } from "./outbox"

const eml = (to: string, subject: string, template: string) =>
  [`From: Canting <no-reply@canting.test>`, `To: ${to}`, `Subject: ${subject}`, `Date: Sat, 14 Mar 2026 09:15:02 +0000`, `X-Canting-Template: ${template}`,
    `Content-Language: id`, `Content-Type: text/plain; charset=utf-8`, ``, `Halo ${to}`].join("\r\n")

let root: string
let dir: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "canting-outbox-"))
  dir = join(root, "outbox")
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe("the outbox folder", () => {
  it("lists the newest messages first, with recipient, subject, date and template, and only its own files", async () => {
    const older = newOutboxId("order-placed", new Date("2026-03-14T09:00:00Z"))
    const newer = newOutboxId("order-shipped", new Date("2026-03-14T10:00:00Z"))
    await writeOutboxMessage(dir, older, eml("a@pembeli.test", "Pesanan #1", "order-placed"))
    await writeOutboxMessage(dir, newer, eml("b@pembeli.test", "Pesanan #1 dikirim", "order-shipped"))
    await writeFile(join(dir, "notes.eml"), eml("c@x.test", "not ours", "x"))
    await writeFile(join(dir, `${older}.eml.tmp`), "half")

    const list = await listOutbox(dir)
    expect(list.map((m) => [m.id, m.to, m.subject, m.template])).toEqual([
      [newer, "b@pembeli.test", "Pesanan #1 dikirim", "order-shipped"],
      [older, "a@pembeli.test", "Pesanan #1", "order-placed"],
    ])
    expect(list[0].date).toBe("2026-03-14T09:15:02.000Z")
    expect(await listOutbox(dir, 1)).toHaveLength(1)
  })

  it("is empty before the first email", async () => {
    expect(await listOutbox(join(root, "never-written"))).toEqual([])
  })

  it("reads one message with its text; an unknown id is null", async () => {
    const id = newOutboxId("password-reset")
    await writeOutboxMessage(dir, id, eml("a@pembeli.test", "Atur ulang", "password-reset"))
    const message = await readOutbox(dir, id)
    expect(message).toMatchObject({ id, to: "a@pembeli.test", subject: "Atur ulang", template: "password-reset", locale: "id" })
    expect(message?.text).toContain("Halo a@pembeli.test")
    expect(await readOutbox(dir, newOutboxId("password-reset"))).toBeNull()
  })

  it("never reads outside the folder, whatever the id says", async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(join(root, "secret.eml"), eml("x@x.test", "secret", "x"))
    const hostile = ["../secret", "..%2Fsecret", "/etc/passwd", "..\\secret", `${newOutboxId("a")}/../../secret`, "secret", "", "a".repeat(5000)]
    for (const id of hostile) {
      expect(isOutboxId(id)).toBe(false)
      expect(await readOutbox(dir, id)).toBeNull()
    }
    await expect(writeOutboxMessage(dir, "../secret", "x")).rejects.toThrow(/Not an outbox message id/)
  })
})
