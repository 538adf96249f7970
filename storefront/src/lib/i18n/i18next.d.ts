import "i18next";
import type { Resources } from "@canting/i18n";

// Typed keys: t("nav.home") and t("vocab:technique.batik_tulis") are checked against the id resources.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Resources;
    returnNull: false;
  }
}
