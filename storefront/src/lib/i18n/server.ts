import "server-only";
import { cache } from "react";
import type { Locale } from "@canting/domain";
import { createTranslator } from "./create";

/** The request's translator: one i18next instance per request and locale, never shared across users. */
export const getTranslator = cache((locale: Locale) => createTranslator(locale));
