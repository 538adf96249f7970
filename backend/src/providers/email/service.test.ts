import { mkdtemp, readdir, readFile, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { AddressInfo } from "node:net"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"
import { resources } from "@canting/i18n"
import { EmailNotificationProviderService, type EmailProviderOptions } from "./service"

const STOREFRONT = "http://localhost:8000"
const RESET = { actor: "customer", locale: "en", reset_url: `${STOREFRONT}/en/reset-password?token=t0k3n&actor=customer`, expires_in_minutes: 15 }
const notification = (template = "password-reset", data: Record<string, unknown> = RESET) => ({ to: "ada@pembeli.test", channel: "email", template, data })
const provider = (options: Partial<EmailProviderOptions>) =>
  new EmailNotificationProviderService({}, { from: "Canting <no-reply@canting.test>", storefrontUrl: STOREFRONT, outboxDir: "", ...options })

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "canting-outbox-"))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe("email provider without SMTP_URL: the outbox", () => {
  it("writes each email as an .eml file with the recipient, the translated subject, an HTML and a plain-text part", async () => {
    const { id } = await provider({ outboxDir: join(dir, "outbox") }).send(notification())
    const files = await readdir(join(dir, "outbox"))
    expect(files).toEqual([`${id}.eml`])
    const mail = await simpleParser(await readFile(join(dir, "outbox", files[0])))
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : null).toBe("ada@pembeli.test")
    expect(mail.from?.value).toEqual([{ name: "Canting", address: "no-reply@canting.test" }])
    expect(mail.subject).toBe(resources.en.emails.passwordReset.subject)
    expect(mail.html).toContain(`href="${RESET.reset_url.replace(/&/g, "&amp;")}"`)
    expect(mail.text).toContain(RESET.reset_url)
    expect(mail.text).toContain(resources.en.emails.passwordReset.ignore)
    expect(mail.headers.get("x-canting-template")).toBe("password-reset")
    expect(mail.headers.get("content-language")).toBe("en")
    expect(id).toMatch(/^\d{8}T\d{9}Z-password-reset-[0-9a-f]{8}$/)
  })

  it("fails on a template it does not know and writes nothing, so Medusa records the notification as failed", async () => {
    await expect(provider({ outboxDir: dir }).send(notification("no-such-email", {}))).rejects.toThrow(/no-such-email/)
    expect(await readdir(dir)).toEqual([])
  })

  it("refuses to start without a sender or without anywhere to send", () => {
    expect(() => EmailNotificationProviderService.validateOptions({ storefrontUrl: STOREFRONT, outboxDir: dir })).toThrow(/from/)
    expect(() => EmailNotificationProviderService.validateOptions({ from: "a@b.c", storefrontUrl: STOREFRONT })).toThrow(/smtpUrl|outboxDir/)
    expect(() => EmailNotificationProviderService.validateOptions({ from: "a@b.c", storefrontUrl: STOREFRONT, outboxDir: dir })).not.toThrow()
  })
})

describe("email provider with SMTP_URL", () => {
  let server: SMTPServer
  const received: { from: string | undefined; to: string[]; raw: Buffer }[] = []

  beforeEach(async () => {
    received.length = 0
    server = new SMTPServer({
      secure: false, authOptional: true, disabledCommands: ["STARTTLS"], logger: false,
      onRcptTo(address, _session, callback) {
        callback(address.address.endsWith("@refused.test") ? Object.assign(new Error("No such mailbox"), { responseCode: 550 }) : undefined)
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on("data", (c: Buffer) => chunks.push(c))
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined, to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  })
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it("sends through the SMTP server, in the reader's language, and keeps nothing in the outbox", async () => {
    const { port } = server.server.address() as AddressInfo
    const result = await provider({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: dir }).send(notification("password-reset", { ...RESET, locale: "id" }))
    expect(received).toHaveLength(1)
    expect(received[0].to).toEqual(["ada@pembeli.test"])
    expect(received[0].from).toBe("no-reply@canting.test")
    const mail = await simpleParser(received[0].raw)
    expect(mail.subject).toBe(resources.id.emails.passwordReset.subject)
    expect(mail.text).toContain(resources.id.emails.passwordReset.ignore)
    expect(mail.html).toContain("lang=\"id\"")
    expect(result.id).toBe(mail.messageId)
    expect(await readdir(dir)).toEqual([])
  })

  it("fails when the SMTP server refuses the recipient, so the notification is recorded as failed", async () => {
    const { port } = server.server.address() as AddressInfo
    const send = provider({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: dir }).send({ ...notification(), to: "nobody@refused.test" })
    await expect(send).rejects.toThrow(/No such mailbox/)
    expect(received).toEqual([])
  })
})
