/**
 * The write counter of the Postgres search tables: a statement trigger on a table counts its
 * writes (and stamps the last one's time) in `canting_search_stamp`, in the same transaction as
 * the write. A value computed from a table under one stamp describes exactly that state of it.
 * Used by the search provider's in-memory copy (src/modules/search-postgres) and the catalog's
 * answer cache (src/api/store/catalog/facet-cache.ts).
 */
export const STAMP_TABLE_SQL =
  "create table if not exists canting_search_stamp (table_name text primary key, writes bigint not null default 0, written_at timestamptz not null default clock_timestamp())"

/** Counts one more write of the table named by the SQL expression `name`, stamped with the current time. */
const bump = (name: string) =>
  `insert into canting_search_stamp (table_name, writes, written_at) values (${name}, 1, clock_timestamp())
    on conflict (table_name) do update set writes = canting_search_stamp.writes + 1, written_at = clock_timestamp()`

export const STAMP_FUNCTION_SQL = `
  create or replace function canting_search_bump() returns trigger language plpgsql as $$
  begin
    ${bump("TG_TABLE_NAME")};
    return null;
  end $$`

/**
 * Moves one table's stamp to a new value (count + 1, the current time) without a write to it.
 * Installing the trigger does this in the same statement: a copy taken before the trigger existed
 * (or of another incarnation of the database, such as one re-created from a template or restored
 * from a backup under a running process, where table oids and write counts start over) can never
 * carry the stamp that the table has once it is counted.
 */
export function stampBumpSql(table: string): string {
  return bump(`'${plain(table)}'`)
}

/** The trigger on one table, and a new stamp for it, in one statement (one transaction); `table` must be a plain identifier. */
export function stampTriggerSql(table: string): string {
  return `do $canting$ begin
    create or replace trigger canting_search_bump after insert or update or delete or truncate on "${plain(table)}" for each statement execute function canting_search_bump();
    ${stampBumpSql(table)};
  end $canting$`
}

function plain(table: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(table)) throw new Error(`Not a plain table name: ${table}`)
  return table
}
