import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { createTransport, type Transporter } from "nodemailer"
import { newOutboxId, TEMPLATE_HEADER, writeOutboxMessage } from "./outbox"
import { renderEmail } from "./templates"

export type EmailProviderOptions = {
  /** The sender of every email (SMTP_FROM). */
  from: string
  /** Where the links in emails point (STOREFRONT_URL). */
  storefrontUrl: string
  /** Set: send through this SMTP server. Unset: write each email into `outboxDir`. */
  smtpUrl?: string
  /** The outbox folder, absolute (EMAIL_OUTBOX_DIR resolved by config/infrastructure.ts). */
  outboxDir: string
}

/**
 * The `email` channel: renders the notification's template (templates/, in the reader's language)
 * and sends it with nodemailer, through SMTP when SMTP_URL is set, else into the outbox folder as
 * an .eml file. A failure throws, so Medusa records the notification as failed.
 */
export class EmailNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "email"

  private readonly options_: EmailProviderOptions
  private readonly transport_: Transporter

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.from !== "string" || !options.from || typeof options.storefrontUrl !== "string" || !options.storefrontUrl) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The email provider needs `from` and `storefrontUrl`.")
    }
    if (!options.smtpUrl && (typeof options.outboxDir !== "string" || !options.outboxDir)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The email provider needs `smtpUrl` or `outboxDir`.")
    }
  }

  constructor(_container: Record<string, unknown>, options: EmailProviderOptions) {
    super()
    this.options_ = options
    this.transport_ = options.smtpUrl
      // Bounded waits: a notification is sent inside the workflow step that asked for it.
      ? createTransport({ url: options.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      // Renders the whole RFC 822 message into a buffer instead of sending it.
      : createTransport({ streamTransport: true, buffer: true, newline: "windows" })
  }

  /** Renders and sends one notification; the id is the SMTP message id, or the outbox message's id. */
  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const email = await renderEmail(notification.template, notification.data, { storefrontUrl: this.options_.storefrontUrl })
    const message = {
      from: notification.from || this.options_.from,
      to: notification.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: { [TEMPLATE_HEADER]: notification.template, "content-language": email.locale },
    }
    if (this.options_.smtpUrl) {
      const info = await this.transport_.sendMail(message)
      return { id: info.messageId }
    }
    const id = newOutboxId(notification.template)
    const info = await this.transport_.sendMail(message)
    await writeOutboxMessage(this.options_.outboxDir, id, info.message as Buffer)
    return { id }
  }
}
