// Kept apart from its migration: Medusa's migrator instantiates a migration file's first export,
// so that file exports its class only (src/migrations.test.ts).

/**
 * The product search table of the Postgres search provider (src/search/postgres): a typed column for
 * every field of the product index (src/search/_product-fields.ts), one full-text vector per language
 * and a folded text for typo matching, with the indexes the catalog's filters, facets, sorts and
 * words use. Every statement the provider's schema needs is here: nothing creates tables, indexes or
 * triggers at run time.
 */
export const SEARCH_SCHEMA_SQL: string[] = [
  // Managed databases may refuse extensions to the app role: say so and let the rest fail loudly.
  `do $$ begin
     begin create extension if not exists pg_trgm; exception when others then raise notice 'canting search: pg_trgm unavailable (%)', sqlerrm; end;
     begin create extension if not exists unaccent; exception when others then raise notice 'canting search: unaccent unavailable (%)', sqlerrm; end;
   end $$`,
  // unaccent() is only stable (its dictionary could change); an index or a stored expression needs an
  // immutable function, and the dictionary is fixed by this migration.
  `create or replace function canting_unaccent(text) returns text language sql immutable parallel safe strict
     as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$`,
  `do $$ begin
     if not exists (select 1 from pg_ts_config where cfgname = 'canting_search_id') then
       create text search configuration canting_search_id (copy = indonesian);
       alter text search configuration canting_search_id alter mapping for hword, hword_part, word with unaccent, indonesian_stem;
     end if;
     if not exists (select 1 from pg_ts_config where cfgname = 'canting_search_en') then
       create text search configuration canting_search_en (copy = english);
       alter text search configuration canting_search_en alter mapping for hword, hword_part, word with unaccent, english_stem;
     end if;
   end $$`,
  `create table if not exists canting_search_index (
     name text primary key,
     definition_hash text not null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  // One row: a new random token on every write to the documents (the trigger below), so an answer
  // computed under one token describes exactly that state, in this database and no other.
  `create table if not exists canting_search_state (
     id boolean primary key default true check (id),
     token uuid not null default gen_random_uuid(),
     written_at timestamptz not null default clock_timestamp()
   )`,
  `insert into canting_search_state (id) values (true) on conflict do nothing`,
  // One row per document: a typed column per field (what filters, facets, sorts and hits read) and
  // its words: one weighted vector per language (titles A, keywords B, description and seller D) and
  // the folded text typos are matched against. Long text lives only in the vectors. Rows stay whole
  // in the table (compressed when large) instead of sending the vectors to TOAST, so matching and
  // ranking read a vector from its row, not from a second table per row.
  `create table if not exists canting_search_product (
     index_name text not null,
     id text not null,
     handle text, title_id text, title_en text, thumbnail text,
     technique text, is_imitation boolean, dye_family text, motifs text[] not null default '{}',
     fabric text, form text, eco_tags text[] not null default '{}',
     seller_id text, seller_handle text, seller_name text, sentra text,
     price_idr float8, price_usd float8, in_stock boolean, created_at timestamptz,
     search_id tsvector not null,
     search_en tsvector not null,
     search_text text not null,
     primary key (index_name, id)
   ) with (toast_tuple_target = 8160)`,
  `alter table canting_search_product alter column search_id set storage main, alter column search_en set storage main, alter column search_text set storage main`,
  `create index if not exists canting_search_product_id_fts on canting_search_product using gin (search_id)`,
  `create index if not exists canting_search_product_en_fts on canting_search_product using gin (search_en)`,
  `create index if not exists canting_search_product_trgm on canting_search_product using gin (search_text gin_trgm_ops)`,
  `create index if not exists canting_search_product_motifs on canting_search_product using gin (motifs)`,
  `create index if not exists canting_search_product_eco on canting_search_product using gin (eco_tags)`,
  `create index if not exists canting_search_product_technique on canting_search_product (index_name, technique)`,
  `create index if not exists canting_search_product_seller on canting_search_product (index_name, seller_handle)`,
  `create index if not exists canting_search_product_newest on canting_search_product (index_name, created_at desc, id)`,
  `create index if not exists canting_search_product_idr on canting_search_product (index_name, price_idr, id)`,
  `create index if not exists canting_search_product_usd on canting_search_product (index_name, price_usd, id)`,
  `create or replace function canting_search_written() returns trigger language plpgsql as $$
   begin
     update canting_search_state set token = gen_random_uuid(), written_at = clock_timestamp();
     return null;
   end $$`,
  `create or replace trigger canting_search_written after insert or update or delete or truncate on canting_search_product
     for each statement execute function canting_search_written()`,
  // What earlier versions left: Medusa's provider's per-index tables and our write counters.
  `do $$ declare t text; begin
     if to_regclass('search_postgres_index') is not null then
       for t in select table_name from search_postgres_index loop execute format('drop table if exists %I', t); end loop;
       drop table search_postgres_index;
     end if;
     drop table if exists canting_search_stamp;
     drop function if exists canting_search_bump() cascade;
   end $$`,
]
