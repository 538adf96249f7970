export * from "./techniques";
export * from "./materials";
export * from "./trust";
export * from "./locales";
export * from "./vocabulary";
export * from "./business";
