// The provider's catalog table and extensions are Medusa's (pg_trgm, unaccent, the
// `search_postgres_index` table): the same migration under the same name, so a database that
// already ran it with Medusa's provider does not run it again.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
