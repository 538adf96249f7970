// Translations the Medusa admin loads for our extensions (Medusa ≥ 2.11.1 reads this file).
// Only the sidebar labels live here: the pages themselves take their copy from ../lib/copy.ts
// and the domain labels from @canting/i18n, following the dashboard's language (`lng`).
import en from "./json/en.json"
import id from "./json/id.json"

export default {
  en: { canting: en },
  id: { canting: id },
}
