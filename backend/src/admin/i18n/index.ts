// Translations the Medusa admin loads for our extensions (Medusa ≥ 2.11.1 reads this file): the
// `admin` namespace of @canting/i18n. The dashboard translates the sidebar labels with it
// (`translationNs: "admin"` in each route's config); the pages read the same texts through
// ../lib/i18n.ts. The Outbox page's copy lives with the emails' (`emails` namespace, `outbox.nav`).
import en from "@canting/i18n/locales/en/admin.json"
import id from "@canting/i18n/locales/id/admin.json"
import enEmails from "@canting/i18n/locales/en/emails.json"
import idEmails from "@canting/i18n/locales/id/emails.json"

export default {
  en: { admin: en, emails: enEmails },
  id: { admin: id, emails: idEmails },
}
